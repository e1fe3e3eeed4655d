using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Store;
using Search.Analysis;
using Search.Analysis.Terms;
using Search.Corpus;
using Search.Corpus.Figures;
using Search.Index;
using Search.Index.Overlap;

namespace Search.Bench;

/// <summary>
/// Where a build's time goes, stage by stage, on one thread: reading the corpus, the key figures,
/// the sketch, and each analysis chain over what the index analyses (the title twice for the recall
/// chains, as <c>title.*</c> and <c>all.*</c>; the body once), each timed alone; then a whole build
/// on disk: the documents made, added to a real writer, flushed, merged to one segment and
/// committed. What adding takes beyond the analysis timed alone is Lucene's own work (inverting the
/// tokens, stored fields, doc values) and the replays of the recorded words. Medians of N passes
/// after a warm-up pass; a part worked out as a difference of medians may come out a little
/// negative when it is near nothing. Prints one JSON line with the shares, and the tokens each
/// field gets per article.
/// </summary>
internal static class IndexingCostBenchmark
{
    public static int Run(string corpusDirectory, int maxDocs, int passes)
    {
        var readStarted = Stopwatch.GetTimestamp();
        var articles = new CorpusReader(corpusDirectory).Read(_ => { }).Take(maxDocs > 0 ? maxDocs : int.MaxValue).ToList();
        var readSeconds = Stopwatch.GetElapsedTime(readStarted).TotalSeconds;
        var analyzer = WordAnalyzer.Default;
        var figures = articles.Select(FigureExtractor.Extract).ToList();
        var sketches = articles.Select(article => TextSketch.Of(IndexedText.Body(article))).ToList();

        var tokens = new Dictionary<string, long>();
        void Consume(TokenStream stream, string? field = null)
        {
            long count = 0;
            using (stream)
            {
                stream.Reset();
                while (stream.IncrementToken())
                    count++;
                stream.End();
            }
            if (field is not null)
                tokens[field] = tokens.GetValueOrDefault(field) + count;
        }

        // Each stage over every article; the field names count the tokens of the first pass only. The
        // words are recorded once and the phrases made of the recording, as a build makes them
        // (AnalysedOnce): "phrases" is the shingling alone.
        double phraseSeconds = 0;
        var allWords = ArticleFields.Name(ArticlePart.All, Representation.Words);
        void WordsAndPhrases(string text, bool count)
        {
            var once = new AnalysedOnce(text, allWords);
            Consume(once.Field(allWords, ArticleFields.Type(Representation.Words)).GetTokenStream(analyzer), count ? "words" : null);
            var started = Stopwatch.GetTimestamp();
            Consume(once.Field(ArticleFields.Phrases, ArticleFields.PhraseType, WordPhrases.Over).GetTokenStream(analyzer), count ? "phrases" : null);
            phraseSeconds += Stopwatch.GetElapsedTime(started).TotalSeconds;
        }
        var stages = new (string Name, Action<Article, bool> Run)[]
        {
            ("figures", (article, _) => FigureExtractor.Extract(article)),
            ("sketch", (article, _) => TextSketch.Of(IndexedText.Body(article))),
            ("SmartCn alone", (article, _) =>
            {
                Consume(WordAnalyzer.SmartCnOnly.GetTokenStream("x", IndexedText.Title(article)));
                Consume(WordAnalyzer.SmartCnOnly.GetTokenStream("x", IndexedText.Body(article)));
            }),
            ("words and phrases", (article, count) =>
            {
                WordsAndPhrases(IndexedText.Title(article), count);
                WordsAndPhrases(IndexedText.Body(article), count);
            }),
            ("characters", (article, count) => Recall(analyzer.Recall.Characters, article, count ? "characters" : null)),
            ("bigrams", (article, count) => Recall(analyzer.Recall.Bigrams, article, count ? "bigrams" : null)),
        };
        void Recall(Analyzer chain, Article article, string? field)
        {
            Consume(chain.GetTokenStream("x", IndexedText.Title(article)), field);
            Consume(chain.GetTokenStream("x", IndexedText.Title(article)), field);
            Consume(chain.GetTokenStream("x", IndexedText.Body(article)), field);
        }

        var timed = new Dictionary<string, List<double>>();
        void Keep(string name, double seconds)
        {
            if (!timed.TryGetValue(name, out var list))
                timed[name] = list = [];
            list.Add(seconds);
        }
        double Seconds(Action action)
        {
            var started = Stopwatch.GetTimestamp();
            action();
            return Stopwatch.GetElapsedTime(started).TotalSeconds;
        }

        for (var pass = 0; pass <= passes; pass++)
        {
            var warmUp = pass == 0;
            foreach (var (name, run) in stages)
            {
                phraseSeconds = 0;
                var seconds = Seconds(() => articles.ForEach(article => run(article, warmUp)));
                if (!warmUp)
                    Keep(name, seconds - phraseSeconds);
                if (!warmUp && phraseSeconds > 0)
                    Keep("phrases", phraseSeconds);
            }
            var build = Build(articles, figures, sketches, analyzer);
            if (!warmUp)
            {
                Keep("build: documents made", build.Make);
                Keep("build: documents added", build.Add);
                Keep("build: flush", build.Flush);
                Keep("build: merge and commit", build.Finish);
            }
        }

        double Median(string name) => BenchOutput.Percentile([.. timed[name].Order()], 50, 4);
        var smartCn = Median("SmartCn alone");
        var added = Median("build: documents added");
        var parts = new Dictionary<string, double>
        {
            ["figures"] = Median("figures"),
            ["sketch"] = Median("sketch"),
            ["SmartCn"] = smartCn,
            ["the word chain's own filters, folding, the text's capture"] = Median("words and phrases") - smartCn,
            ["phrases (shingles of the words)"] = Median("phrases"),
            ["characters"] = Median("characters"),
            ["bigrams"] = Median("bigrams"),
        };
        // The writer's own share: adding less the analysis it ran inside it (figures and sketch are
        // made before, as the feed makes them).
        var analysed = parts.Where(part => part.Key is not ("figures" or "sketch")).Sum(part => part.Value);
        parts["the documents made"] = Median("build: documents made");
        parts["Lucene: inverting, stored fields, doc values"] = added - analysed;
        parts["flush"] = Median("build: flush");
        parts["merge to one segment and commit"] = Median("build: merge and commit");
        var total = readSeconds + parts.Values.Sum();

        BenchOutput.Line(new
        {
            measure = "indexing cost",
            docs = articles.Count,
            passes,
            read_s = Math.Round(readSeconds, 3),
            stages_s = parts.ToDictionary(part => part.Key, part => Math.Round(part.Value, 3)),
            shares = parts.Prepend(KeyValuePair.Create("read (once)", readSeconds)).ToDictionary(part => part.Key, part => Math.Round(part.Value / total, 3)),
            tokens_per_article = tokens.ToDictionary(field => field.Key, field => Math.Round((double)field.Value / articles.Count, 1)),
            total_one_thread_s = Math.Round(total, 3),
        });
        return 0;
    }

    /// <summary>
    /// The documents made, then added to a writer on a fresh folder (one thread), flushed (the first
    /// commit), merged to one segment and committed as a build does.
    /// </summary>
    private static (double Make, double Add, double Flush, double Finish) Build(
        List<Article> articles, List<IReadOnlyList<KeyFigure>> figures, List<uint[]> sketches, WordAnalyzer analyzer)
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("indexing-cost-");
        try
        {
            using var directory = FSDirectory.Open(folder.FullName);
            using var writer = IndexStore.Writer(directory, analyzer, create: true);
            // Each document made and added in turn, as a build does: made all first, they would keep
            // every article's recorded words alive until the end, and the collector would pay for it.
            double make = 0, add = 0;
            for (var i = 0; i < articles.Count; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var document = ArticleDocument.Create(articles[i], figures[i], sketches[i], "corpus.jsonl", "hash", i);
                var made = Stopwatch.GetTimestamp();
                writer.AddDocument(document);
                make += Stopwatch.GetElapsedTime(started, made).TotalSeconds;
                add += Stopwatch.GetElapsedTime(made).TotalSeconds;
            }
            var finishing = Stopwatch.GetTimestamp();
            writer.Commit();
            var flush = Stopwatch.GetElapsedTime(finishing).TotalSeconds;
            finishing = Stopwatch.GetTimestamp();
            writer.ForceMerge(1);
            writer.Commit();
            return (make, add, flush, Stopwatch.GetElapsedTime(finishing).TotalSeconds);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
