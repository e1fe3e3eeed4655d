using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Analysis;
using Search.Engine.Searching;
using Search.Index;

namespace Search.Bench;

/// <summary>
/// The query unit over one index opened through several Lucene directory implementations in one
/// process — Lucene.Net's NIOFSDirectory and MMapDirectory, and <see cref="PositionalReadDirectory"/>
/// with a few buffer sizes — in alternating passes over the query mix, on 1 and on 2 threads.
/// Passes a second apart share the machine's drift, so the median of the per-pass ratios to the
/// first directory is the figure to trust. One JSON line per directory and thread count.
/// </summary>
internal static class DirectoryBenchmark
{
    private static readonly string[] AllKinds = ["nio", "mmap", "positional-1024", "positional-2048", "positional-4096", "positional-16384", "positional-65536",
        "postings-8192", "postings-32768", "mapped"];

    /// <param name="kinds">The directories to compare, the first the baseline (default: all).</param>
    public static int Run(string indexDirectory, string queryFile, int passes, string? kinds = null)
    {
        var chosen = kinds?.Split(',') ?? AllKinds;
        var queries = File.ReadAllLines(queryFile).Select(line => line.Trim()).Where(line => line.Length > 0).ToArray();
        var searchers = chosen.Select(kind => new Searcher(new ArticleIndex(DirectoryReader.Open(Open(kind, indexDirectory))), WordAnalyzer.Default)).ToArray();
        foreach (var threads in new[] { 1, 2 })
        {
            for (var warm = 0; warm < 2; warm++)
                Array.ForEach(searchers, searcher => Pass(searcher, queries, threads));
            var times = searchers.Select(_ => new List<double>()).ToArray();
            for (var pass = 0; pass < passes; pass++)
            {
                for (var k = 0; k < searchers.Length; k++)
                    times[k].Add(Pass(searchers[k], queries, threads));
            }
            for (var k = 0; k < searchers.Length; k++)
            {
                var ratios = times[k].Zip(times[0], (mine, first) => mine / first).Order().ToList();
                BenchOutput.Line(new
                {
                    measure = "directory",
                    directory = chosen[k],
                    threads,
                    passes,
                    medianPassMs = BenchOutput.Percentile(times[k].Order().ToList(), 50, 1),
                    ratioToNio = BenchOutput.Percentile(ratios, 50, 3),
                });
            }
        }
        return 0;
    }

    private static Lucene.Net.Store.Directory Open(string kind, string folder) => kind switch
    {
        "nio" => new NIOFSDirectory(new DirectoryInfo(folder)),
        "mmap" => new MMapDirectory(new DirectoryInfo(folder)),
        "mapped" => new MappedReadDirectory(new DirectoryInfo(folder)),
        // 2 KiB buffers, but this many bytes for the postings files.
        _ when kind.StartsWith("postings-", StringComparison.Ordinal) => new PositionalReadDirectory(new DirectoryInfo(folder), postingsBufferSize: int.Parse(kind["postings-".Length..])),
        _ => new PositionalReadDirectory(new DirectoryInfo(folder), int.Parse(kind["positional-".Length..]), int.Parse(kind["positional-".Length..])),
    };

    /// <summary>Milliseconds for the mix on <paramref name="threads"/> threads, the queries dealt out in turn.</summary>
    private static double Pass(Searcher searcher, string[] queries, int threads)
    {
        var started = Stopwatch.GetTimestamp();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, thread =>
        {
            for (var i = thread; i < queries.Length; i += threads)
                searcher.Search(new SearchRequest(queries[i], Size: 10));
        });
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}
