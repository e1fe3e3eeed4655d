using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Analysis;
using Search.Analysis.Terms;

namespace Search.Index.Tests;

public sealed class AnalysedOnceTests
{
    /// <summary>
    /// A text with stacked tokens (numbers as typed stand at the position of SmartCn's pieces), a
    /// stop word and several words: what the writer keeps of the fields must not depend on whether
    /// their tokens were analysed or replayed.
    /// </summary>
    private const string Title = "崂山区2024年生产总值增长6.5%，的确是高质量发展";

    [Fact]
    public void Fields_sharing_one_analysis_index_what_each_would_have_indexed_alone()
    {
        var type = ArticleFields.Type(Representation.Words);
        var shared = new AnalysedOnce(Title, "a");
        var once = Inverted(shared.Field("a", type), shared.Field("b", type), new Field("b", "第二段。", type));
        var alone = Inverted(new Field("a", Title, type), new Field("b", Title, type), new Field("b", "第二段。", type));

        Assert.Equal(alone, once);
        Assert.Contains("a 2024 freq 1", once);
    }

    [Fact]
    public void The_analyzer_reads_the_text_once_for_every_field_that_shares_it()
    {
        var counting = new CountingAnalyzer(WordAnalyzer.Default);
        var type = ArticleFields.Type(Representation.Words);
        var shared = new AnalysedOnce(Title, "a");
        Inverted(counting, shared.Field("a", type), shared.Field("b", type), shared.Field("c", ArticleFields.PhraseType, WordPhrases.Over));
        Assert.Equal(1, counting.Streams);
    }

    /// <summary>
    /// The writer inverts a document's fields in the order of their names: the phrase field named "0"
    /// comes first and analyses (as all.phrases does before all.words), named "c" it comes last and replays.
    /// </summary>
    [Theory]
    [InlineData("0")]
    [InlineData("c")]
    public void A_field_made_from_the_shared_tokens_indexes_what_its_chain_makes_of_the_text_first_or_last(string phraseField)
    {
        var type = ArticleFields.Type(Representation.Words);
        var shared = new AnalysedOnce(Title, "a");
        var once = Inverted(shared.Field(phraseField, ArticleFields.PhraseType, WordPhrases.Over), shared.Field("a", type));
        var alone = Inverted(new Field("a", Title, type));

        Assert.Equal(alone, once.Where(line => line.StartsWith("a ", StringComparison.Ordinal)));
        // 崂山区 | 2024 年 | 生产总值 增长 | 6.5% | 的确 | 是 | 高质量发展: numbers, their units and particles break phrases.
        Assert.Equal([$"{phraseField} 生产总值 增长 freq 1"], once.Where(line => line.StartsWith(phraseField + " ", StringComparison.Ordinal) && !line.Contains("norm")));
    }

    private static List<string> Inverted(params Field[] fields) => Inverted(WordAnalyzer.Default, fields);

    /// <summary>Every term of every field with its frequency, and each field's norm: what the words fields keep.</summary>
    private static List<string> Inverted(Lucene.Net.Analysis.Analyzer analyzer, params Field[] fields)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(WordAnalyzer.Version, analyzer) { Similarity = Similarities.Bm25 }))
        {
            var document = new Document();
            foreach (var field in fields)
                document.Add(field);
            writer.AddDocument(document);
        }
        using var reader = DirectoryReader.Open(directory);
        var leaf = reader.Leaves[0].AtomicReader;
        var seen = new List<string>();
        foreach (var name in new[] { "0", "a", "b", "c" })
        {
            if (leaf.GetTerms(name) is null)
                continue;
            var terms = leaf.GetTerms(name).GetEnumerator();
            while (terms.MoveNext())
            {
                var docs = terms.Docs(null, null, DocsFlags.FREQS);
                docs.NextDoc();
                seen.Add($"{name} {terms.Term.Utf8ToString()} freq {docs.Freq}");
            }
            seen.Add($"{name} norm {leaf.GetNormValues(name)?.Get(0)}");
        }
        return seen;
    }

    private sealed class CountingAnalyzer(Lucene.Net.Analysis.Analyzer inner) : Lucene.Net.Analysis.AnalyzerWrapper(inner.Strategy)
    {
        public int Streams { get; private set; }

        protected override Lucene.Net.Analysis.Analyzer GetWrappedAnalyzer(string fieldName) => inner;

        protected override System.IO.TextReader WrapReader(string fieldName, System.IO.TextReader reader)
        {
            Streams++;
            return base.WrapReader(fieldName, reader);
        }
    }
}
