using System.Diagnostics;
using Lucene.Net.Index;
using Search.Analysis;
using Search.Engine.Searching;
using Search.Index;

namespace Search.Bench;

/// <summary>
/// The unit a user waits for, as the Lucene peer measures it: parse, match, top 10, district and year
/// counts over all matches, highlighted snippets for the 10 hits. Index opened (timed), two warm-up
/// passes over the query file, then three timed single-threaded passes (p50, p90, p99, max), then
/// throughput with two threads for 20 s after a 2 s ramp-up. Prints one JSON line. Traditional
/// folding and pinyin can be turned off (<c>Search:FoldTraditional</c>, <c>Search:Pinyin</c>) to
/// measure what they cost; the index is the same either way for a simplified corpus.
/// </summary>
internal static class QueryBenchmark
{
    public static int Run(string indexDirectory, string queryFile, int passes = 3, int threads = 2, double seconds = 20,
        bool foldTraditional = true, bool pinyin = true)
    {
        var queries = File.ReadAllLines(queryFile).Select(line => line.Trim()).Where(line => line.Length > 0).ToArray();
        var workingSetBefore = Environment.WorkingSet;
        var loading = Stopwatch.GetTimestamp();
        var index = new ArticleIndex(DirectoryReader.Open(IndexStore.Open(indexDirectory)));
        var loadSeconds = Stopwatch.GetElapsedTime(loading).TotalSeconds;
        var workingSetLoading = Environment.WorkingSet;
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var heapAfterLoad = GC.GetTotalMemory(forceFullCollection: true);
        var workingSetAfterLoad = Environment.WorkingSet;
        var searcher = new Searcher(index, WordAnalyzer.For(foldTraditional), pinyin);

        SearchResult Run(string query) => searcher.Search(new SearchRequest(query, Size: 10));
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var query in queries)
                Run(query);
        }

        var latencies = new List<double>(queries.Length * passes);
        var perQuery = new double[queries.Length];
        long totalHits = 0;
        var zeroHits = 0;
        double queryMs = 0, searchMs = 0, hitsMs = 0;
        for (var pass = 0; pass < passes; pass++)
        {
            for (var q = 0; q < queries.Length; q++)
            {
                var query = queries[q];
                var started = Stopwatch.GetTimestamp();
                var result = Run(query);
                var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                latencies.Add(milliseconds);
                perQuery[q] = Math.Max(perQuery[q], milliseconds);
                (queryMs, searchMs, hitsMs) = (queryMs + result.Timings.QueryMs, searchMs + result.Timings.SearchMs, hitsMs + result.Timings.HitsMs);
                if (pass == 0)
                {
                    totalHits += result.Total;
                    zeroHits += result.Total == 0 ? 1 : 0;
                }
            }
        }
        latencies.Sort();

        var (throughput, gc) = Throughput(queries, Run, threads, seconds);
        BenchOutput.Line(new
        {
            measure = "query_latency",
            docs = index.Count,
            foldTraditional,
            pinyin,
            queries = queries.Length,
            samples = latencies.Count,
            p50Ms = BenchOutput.Percentile(latencies, 50, digits: 3),
            p90Ms = BenchOutput.Percentile(latencies, 90, digits: 3),
            p99Ms = BenchOutput.Percentile(latencies, 99, digits: 3),
            maxMs = Math.Round(latencies[^1], 3),
            meanMs = Math.Round(latencies.Average(), 3),
            meanStageMs = new { query = Math.Round(queryMs / latencies.Count, 3), search = Math.Round(searchMs / latencies.Count, 3), hits = Math.Round(hitsMs / latencies.Count, 3) },
            meanTotalHits = Math.Round((double)totalHits / queries.Length, 1),
            zeroHitQueries = zeroHits,
            queriesPerSecond = Math.Round(throughput, 1),
            threads,
            gcDuringThroughput = gc,
            indexLoadSeconds = Math.Round(loadSeconds, 2),
            heapAfterLoadMB = Math.Round(heapAfterLoad / 1e6, 1),
            workingSetJustLoadedMB = Math.Round(workingSetLoading / 1e6, 1),
            workingSetAfterLoadMB = Math.Round(workingSetAfterLoad / 1e6, 1),
            workingSetMB = Math.Round(Environment.WorkingSet / 1e6, 1),
            peakWorkingSetMB = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1e6, 1),
            workingSetGrowthMB = Math.Round((Environment.WorkingSet - workingSetBefore) / 1e6, 1),
            slowest = perQuery.Select((ms, q) => (ms, q)).OrderByDescending(p => p.ms).Take(8).Select(p => $"{queries[p.q]} {p.ms:0.0} ms"),
        });
        return 0;
    }

    /// <summary>Queries per second on <paramref name="threads"/> threads, and what the garbage collector did meanwhile.</summary>
    private static (double QueriesPerSecond, object Gc) Throughput(string[] queries, Func<string, SearchResult> run, int threads, double seconds)
    {
        long done = 0;
        var counting = false;
        var stop = false;
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            for (var i = t * queries.Length / threads; !Volatile.Read(ref stop); i = (i + 1) % queries.Length)
            {
                run(queries[i]);
                if (Volatile.Read(ref counting))
                    Interlocked.Increment(ref done);
            }
        })).ToList();
        workers.ForEach(worker => worker.Start());
        Thread.Sleep(2000);
        Volatile.Write(ref counting, true);
        var (allocated, paused, collections) = (GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration(), GC.CollectionCount(0));
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        Thread.Sleep(TimeSpan.FromSeconds(seconds));
        var elapsed = Stopwatch.GetElapsedTime(started);
        Volatile.Write(ref counting, false);
        var completed = Interlocked.Read(ref done);
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - processor).TotalMilliseconds;
        var gc = new
        {
            // The process's CPU time (every thread: the searching ones, the GC's, the JIT's) a query:
            // unlike q/s, not halved when another program takes a core; compare with the host's per request.
            cpuMsPerQuery = Math.Round(cpuMs / Math.Max(1, completed), 3),
            allocatedMBPerQuery = Math.Round((GC.GetTotalAllocatedBytes() - allocated) / 1e6 / Math.Max(1, completed), 3),
            pausePercent = Math.Round(100 * (GC.GetTotalPauseDuration() - paused) / elapsed, 2),
            gen0Collections = GC.CollectionCount(0) - collections,
        };
        Volatile.Write(ref stop, true);
        workers.ForEach(worker => worker.Join());
        return (completed / elapsed.TotalSeconds, gc);
    }
}
