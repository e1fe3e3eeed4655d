using System.Diagnostics;
using Lucene.Net.Index;
using Search.Engine.Related;
using Search.Index;
using Search.Index.Overlap;

namespace Search.Bench;

/// <summary>
/// What copies and other coverage cost: <see cref="ArticleCopies"/> for a view (worked out on its
/// first search) — the first time, with the segments' facts read, then the median of <c>runs</c>
/// more over the same segments, as a view reopened after an update does with the segments it keeps;
/// <see cref="SessionCoverage"/> for an article (an article page), median and p90 over the first
/// 500 articles; what sketching adds to indexing an article; and what the sketch terms add to the
/// index. Prints one JSON line.
/// </summary>
internal static class CopiesBenchmark
{
    public static int Run(string indexDirectory, int runs)
    {
        using var reader = DirectoryReader.Open(IndexStore.Open(indexDirectory));
        var index = new ArticleIndex(reader);

        var (first, copies) = Timed(() => ArticleCopies.Of(reader));
        var again = Enumerable.Range(0, runs).Select(_ => Timed(() => ArticleCopies.Of(reader)).Ms).Order().ToList();

        var docs = Enumerable.Range(0, Math.Min(500, reader.MaxDoc)).ToList();
        foreach (var doc in docs.Take(20))
            SessionCoverage.Of(index, doc, index.Article(doc)); // warm up
        var links = 0;
        var coverage = docs.Select(doc =>
        {
            var (ms, found) = Timed(() => SessionCoverage.Of(index, doc, index.Article(doc)));
            links += found.Count;
            return ms;
        }).Order().ToList();

        var sketching = SketchingCost(index);
        var sketchTerms = MultiFields.GetTerms(reader, ArticleFields.Sketch);
        var indexBytes = Directory.GetFiles(indexDirectory).Sum(file => new FileInfo(file).Length);
        BenchOutput.Line(new
        {
            measure = "copies_and_coverage",
            docs = reader.NumDocs,
            segments = reader.Leaves.Count,
            copiesFirstMs = Math.Round(first, 2),
            copiesAgainMedianMs = Math.Round(again[again.Count / 2], 2),
            copyGroups = copies.Groups,
            coverageMedianMs = Math.Round(coverage[coverage.Count / 2], 3),
            coverageP90Ms = Math.Round(coverage[coverage.Count * 9 / 10], 3),
            coverageMaxMs = Math.Round(coverage[^1], 3),
            coverageLinksOfFirst500 = links,
            sketchMicrosecondsPerArticle = sketching.PerArticle,
            sketchMicrosecondsPer1000Chars = sketching.Per1000Chars,
            sketchTerms = sketchTerms?.Count ?? 0,
            sketchPostings = sketchTerms?.SumDocFreq ?? 0,
            indexMB = Math.Round(indexBytes / 1048576.0, 1),
        });
        return 0;
    }

    /// <summary>What sketching adds to indexing an article: <see cref="TextSketch.Of"/> over the first 2,000 articles' text, best of three passes.</summary>
    private static (double PerArticle, double Per1000Chars) SketchingCost(ArticleIndex index)
    {
        var texts = index.Articles().Take(2000).Select(IndexedText.Body).ToList();
        var chars = texts.Sum(text => (long)text.Length);
        var best = double.MaxValue;
        for (var pass = 0; pass < 3; pass++)
        {
            var started = Stopwatch.GetTimestamp();
            foreach (var text in texts)
                TextSketch.Of(text);
            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalMicroseconds);
        }
        return (Math.Round(best / texts.Count, 1), Math.Round(best / (chars / 1000.0), 2));
    }

    private static (double Ms, T Value) Timed<T>(Func<T> work)
    {
        var started = Stopwatch.GetTimestamp();
        var value = work();
        return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, value);
    }
}
