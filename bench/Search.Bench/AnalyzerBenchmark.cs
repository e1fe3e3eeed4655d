using System.Diagnostics;
using System.Text;
using Search.Analysis.SmartCn;

namespace Search.Bench;

/// <summary>
/// Analyzer throughput on one text, single-threaded, the same protocol as the Java oracle's --time:
/// dictionaries loaded first (timed, with the managed memory they take), two warm-up passes, then the
/// median of N timed passes. Prints one JSON line.
/// </summary>
internal static class AnalyzerBenchmark
{
    public static int Run(string file, int passes)
    {
        var bytes = File.ReadAllBytes(file);
        var text = Encoding.UTF8.GetString(bytes);

        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var workingSetBefore = Environment.WorkingSet;
        var loadStarted = Stopwatch.GetTimestamp();
        var analyzer = new SmartChineseAnalyzer();
        analyzer.Analyze("中国", (_, _, _, _) => { });
        var loadMs = Stopwatch.GetElapsedTime(loadStarted).TotalMilliseconds;
        var dictionaryHeapBytes = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        var workingSetGrowth = Environment.WorkingSet - workingSetBefore;

        long tokens = 0;
        void Count(ReadOnlySpan<char> term, int start, int end, int position) => tokens++;
        for (var i = 0; i < 2; i++)
        {
            tokens = 0;
            analyzer.Analyze(text, Count);
        }
        var seconds = new double[passes];
        for (var i = 0; i < passes; i++)
        {
            var started = Stopwatch.GetTimestamp();
            analyzer.Analyze(text, Count);
            seconds[i] = Stopwatch.GetElapsedTime(started).TotalSeconds;
        }
        Array.Sort(seconds);
        var median = seconds[passes / 2];

        BenchOutput.Line(new
        {
            engine = "search-smartcn",
            bytes = bytes.Length,
            tokens = tokens / (passes + 1),
            passes,
            medianSeconds = Math.Round(median, 4),
            mbPerSecond = Math.Round(bytes.Length / 1e6 / median, 3),
            dictionaryLoadMs = Math.Round(loadMs, 1),
            dictionaryHeapMB = Math.Round(dictionaryHeapBytes / 1e6, 1),
            workingSetGrowthMB = Math.Round(workingSetGrowth / 1e6, 1),
        });
        return 0;
    }
}
