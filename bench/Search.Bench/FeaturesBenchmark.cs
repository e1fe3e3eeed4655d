using System.Diagnostics;
using Lucene.Net.Index;
using Search.Analysis;
using Search.Engine.Searching;
using Search.Index;

namespace Search.Bench;

/// <summary>
/// What traditional folding and pinyin cost the query unit, in one process over one index: a
/// searcher with both features on and one with both off run the query mix in alternating passes
/// (the order flipping each pass), so both share the machine's drift; the median of the per-pass
/// ratios on / off is the cost. Latency percentiles over every query of every pass, per searcher.
/// Then, as information, the mix typed in pinyin with the features on. Prints one JSON line.
/// </summary>
internal static class FeaturesBenchmark
{
    public static int Run(string indexDirectory, string queryFile, string pinyinQueryFile, int passes)
    {
        var queries = ReadQueries(queryFile);
        var pinyinQueries = ReadQueries(pinyinQueryFile);
        var index = new ArticleIndex(DirectoryReader.Open(IndexStore.Open(indexDirectory)));
        var on = new Searcher(index, WordAnalyzer.For(foldTraditional: true), pinyin: true);
        var off = new Searcher(index, WordAnalyzer.For(foldTraditional: false), pinyin: false);

        for (var warmUp = 0; warmUp < 2; warmUp++)
        {
            Pass(on, queries, null);
            Pass(off, queries, null);
            Pass(on, pinyinQueries, null);
        }

        List<double> onLatencies = [], offLatencies = [], pinyinLatencies = [], ratios = [];
        for (var pass = 0; pass < passes; pass++)
        {
            double onMs, offMs;
            if (pass % 2 == 0)
                (onMs, offMs) = (Pass(on, queries, onLatencies), Pass(off, queries, offLatencies));
            else
                (offMs, onMs) = (Pass(off, queries, offLatencies), Pass(on, queries, onLatencies));
            ratios.Add(onMs / offMs);
            Pass(on, pinyinQueries, pinyinLatencies);
        }

        var zeroHits = pinyinQueries.Count(query => on.Search(new SearchRequest(query, Size: 10)).Total == 0);
        BenchOutput.Line(new
        {
            measure = "features_ab",
            docs = index.Count,
            queries = queries.Length,
            passes,
            on = Percentiles(onLatencies),
            off = Percentiles(offLatencies),
            onOverOff = new
            {
                medianPassRatio = Median(ratios, 3),
                lowestPassRatio = Math.Round(ratios.Min(), 3),
                highestPassRatio = Math.Round(ratios.Max(), 3),
            },
            pinyinMix = new { queries = pinyinQueries.Length, zeroHitQueries = zeroHits, latency = Percentiles(pinyinLatencies) },
        });
        return 0;
    }

    private static string[] ReadQueries(string file) =>
        [.. File.ReadAllLines(file).Select(line => line.Trim()).Where(line => line.Length > 0)];

    /// <summary>One pass over the queries, top 10 with facets and snippets each; its milliseconds.</summary>
    private static double Pass(Searcher searcher, string[] queries, List<double>? latencies)
    {
        var started = Stopwatch.GetTimestamp();
        foreach (var query in queries)
        {
            var one = Stopwatch.GetTimestamp();
            searcher.Search(new SearchRequest(query, Size: 10));
            latencies?.Add(Stopwatch.GetElapsedTime(one).TotalMilliseconds);
        }
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static object Percentiles(List<double> latencies)
    {
        var sorted = latencies.Order().ToList();
        return new
        {
            p50Ms = BenchOutput.Percentile(sorted, 50, digits: 3),
            p90Ms = BenchOutput.Percentile(sorted, 90, digits: 3),
            p99Ms = BenchOutput.Percentile(sorted, 99, digits: 3),
            meanMs = Math.Round(sorted.Average(), 3),
        };
    }

    private static double Median(List<double> values, int digits) => BenchOutput.Percentile([.. values.Order()], 50, digits);
}
