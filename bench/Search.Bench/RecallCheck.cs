using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Analysis;
using Search.Analysis.Folding;
using Search.Engine.Querying;
using Search.Engine.Searching;
using Search.Index;

namespace Search.Bench;

/// <summary>
/// The recall promise checked on a whole index: for every distinct query of a mix, the articles
/// whose title or body contains every term verbatim (after the recall folding) — found by brute
/// force, a substring scan of every article's stored text — must all be among the query's matches,
/// and must rank above every other match. Prints one JSON line; exit code 1 when anything is missing.
/// </summary>
internal static class RecallCheck
{
    public static int Run(string indexDirectory, string queryFile)
    {
        using var directory = IndexStore.Open(indexDirectory);
        using var reader = DirectoryReader.Open(directory);
        var index = new ArticleIndex(reader);
        var searcher = new Searcher(index, WordAnalyzer.Default);

        // Every live doc's searchable text, folded as the recall fields fold it.
        var live = MultiFields.GetLiveDocs(reader);
        var texts = new string?[reader.MaxDoc];
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is null || live.Get(doc))
            {
                var article = index.Article(doc);
                texts[doc] = CharacterFolding.Default.Normalize(IndexedText.Title(article)) + "\u0000" + CharacterFolding.Default.Normalize(IndexedText.Body(article));
            }
        }

        var queries = File.ReadAllLines(queryFile).Select(line => line.Trim()).Where(line => line.Length > 0).Distinct().ToList();
        long expected = 0, missing = 0, extra = 0;
        int queriesMissing = 0, rankingViolations = 0;
        var examples = new List<string>();
        foreach (var query in queries)
        {
            var parsed = QueryParser.Parse(query);
            var terms = parsed.PositiveTerms.Select(term => CharacterFolding.Default.Normalize(term.Text)).ToList();
            var containing = Enumerable.Range(0, texts.Length)
                .Where(doc => texts[doc] is { } text && terms.All(term => text.Contains(term, StringComparison.Ordinal)))
                .ToHashSet();
            var matched = Matches(index, QueryCompiler.Compile(parsed, WordAnalyzer.Default).Query, reader.MaxDoc);

            var lost = containing.Count(doc => !matched[doc]);
            expected += containing.Count;
            missing += lost;
            extra += matched.Count(hit => hit) - (containing.Count - lost);
            if (lost > 0)
            {
                queriesMissing++;
                examples.Add($"{query}: {lost} of {containing.Count} missing");
            }

            // Exact first: the top hits, as many as fit on a page of 100, are exactly containing articles.
            var top = searcher.Search(new SearchRequest(query, Size: 100)).Hits;
            var ids = containing.Select(doc => index.Article(doc).Id).ToHashSet(StringComparer.Ordinal);
            if (top.Take(ids.Count).Any(hit => !ids.Contains(hit.Id) || !hit.Exact) || top.Skip(ids.Count).Any(hit => hit.Exact))
            {
                rankingViolations++;
                examples.Add($"{query}: an article containing the string ranks below one that does not");
            }
        }

        BenchOutput.Line(new
        {
            measure = "recall_check",
            docs = index.Count,
            queries = queries.Count,
            containing = expected,
            missing,
            queries_missing = queriesMissing,
            ranking_violations = rankingViolations,
            matched_by_words_only = extra,
            examples = examples.Take(10),
        });
        return missing == 0 && rankingViolations == 0 ? 0 : 1;
    }

    /// <summary>Every doc the Lucene query matches, by the same query the searcher runs.</summary>
    private static bool[] Matches(IndexSearcher index, Query query, int maxDoc)
    {
        var matched = new bool[maxDoc];
        var docBase = 0;
        index.Search(query, Collector.NewAnonymous(
            setScorer: _ => { },
            collect: doc => matched[docBase + doc] = true,
            setNextReader: context => docBase = context.DocBase,
            acceptsDocsOutOfOrder: () => true));
        return matched;
    }
}
