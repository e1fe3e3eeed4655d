using System.Diagnostics;
using Search.Corpus;
using Search.Corpus.Figures;
using Search.Engine;
using Search.Engine.Indexing;

namespace Search.Bench;

/// <summary>
/// What reading the key figures costs against indexing: the corpus folder's articles are read once,
/// then the figures of all of them extracted <c>runs</c> times, and the folder indexed from scratch
/// into a fresh index by the real manager <c>runs</c> times (the build extracts the figures too);
/// medians, and the first as a share of the second. Prints one JSON line.
/// </summary>
internal static class FigureShareBenchmark
{
    public static async Task<int> RunAsync(string corpus, int runs)
    {
        var articles = new CorpusReader(corpus).Read(_ => { }).ToList();
        var figures = Extract(articles); // warm up, and count
        var extraction = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var started = Stopwatch.GetTimestamp();
            Extract(articles);
            extraction.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var indexing = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var index = Path.Combine(Path.GetTempPath(), $"figure-share-{Environment.ProcessId}-{run}");
            try
            {
                using var manager = IndexManager.For(new SearchPaths(corpus, index), new SearchOptions());
                var started = Stopwatch.GetTimestamp();
                var built = await manager.EnsureLoadedAsync();
                indexing.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (built.Action != IndexAction.Built)
                    throw new InvalidOperationException($"the index was not built: {built.Summary}");
            }
            finally
            {
                Directory.Delete(index, recursive: true);
            }
        }

        var extractionMs = BenchOutput.Percentile([.. extraction.Order()], 50, 1);
        var indexingMs = BenchOutput.Percentile([.. indexing.Order()], 50, 1);
        BenchOutput.Line(new
        {
            measure = "figure_share",
            articles = articles.Count,
            characters = articles.Sum(article => (long)article.Body.Length),
            figures,
            runs,
            extraction_median_ms = extractionMs,
            indexing_median_ms = indexingMs,
            extraction_share = Math.Round(extractionMs / indexingMs, 4),
        });
        return 0;
    }

    private static int Extract(IEnumerable<Article> articles) => articles.Sum(article => FigureExtractor.Extract(article).Count);
}
