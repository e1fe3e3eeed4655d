using System.Diagnostics;
using System.Text;
using Search.Analysis;

namespace Search.Bench;

/// <summary>
/// Analyzer throughput, single-threaded, by the Lucene peer's protocol (its <c>analyze</c>): the bodies
/// of a corpus TSV (up to <c>maxDocs</c>), one warm-up pass over up to 1,000 of them, then the median
/// of N timed passes in MB/s of UTF-8 input. Before that, the dictionaries' first load is timed with
/// the managed memory it takes. Analyzes with Lucene.Net's SmartCn alone (the words' segmenter), or
/// the whole word chain with <c>words</c>. Prints one JSON line.
/// </summary>
internal static class AnalyzerBenchmark
{
    public static int Run(string corpus, int maxDocs, int passes, bool wholeChain)
    {
        var bodies = File.ReadLines(corpus).Where(line => line.Length > 0)
            .Select(line => line.Split('\t')[4].Replace("\\n", "\n"))
            .Take(maxDocs > 0 ? maxDocs : int.MaxValue).ToList();
        var bytes = bodies.Sum(body => (long)Encoding.UTF8.GetByteCount(body));

        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var workingSetBefore = Environment.WorkingSet;
        var loadStarted = Stopwatch.GetTimestamp();
        var analyzer = wholeChain ? WordAnalyzer.Default : WordAnalyzer.SmartCnOnly;
        analyzer.Analyze("中国", (_, _, _, _) => { });
        var loadMs = Stopwatch.GetElapsedTime(loadStarted).TotalMilliseconds;
        var dictionaryHeapBytes = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        var workingSetGrowth = Environment.WorkingSet - workingSetBefore;

        long tokens = 0;
        void Count(ReadOnlySpan<char> term, int start, int end, int position) => tokens++;
        void Pass(IEnumerable<string> texts)
        {
            tokens = 0;
            foreach (var text in texts)
                analyzer.Analyze(text, Count, "body");
        }

        Pass(bodies.Take(1000));
        var seconds = new double[passes];
        for (var i = 0; i < passes; i++)
        {
            var started = Stopwatch.GetTimestamp();
            Pass(bodies);
            seconds[i] = Stopwatch.GetElapsedTime(started).TotalSeconds;
        }
        Array.Sort(seconds);
        var median = BenchOutput.Percentile(seconds, 50, 6);

        BenchOutput.Line(new
        {
            analyzer = wholeChain ? "word chain (SmartCn, user dictionary, numbers as typed)" : "Lucene.Net SmartChineseAnalyzer",
            docs = bodies.Count,
            input_mb = Math.Round(bytes / 1e6, 2),
            tokens,
            passes,
            median_s = Math.Round(median, 4),
            mb_per_s_median = Math.Round(bytes / 1e6 / median, 3),
            dictionary_load_ms = Math.Round(loadMs, 1),
            dictionary_heap_mb = Math.Round(dictionaryHeapBytes / 1e6, 1),
            working_set_growth_mb = Math.Round(workingSetGrowth / 1e6, 1),
        });
        return 0;
    }
}
