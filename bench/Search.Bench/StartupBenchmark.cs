using System.Diagnostics;

namespace Search.Bench;

/// <summary>
/// Time from starting the host process to its first answered search (HTTP 200 from /api/search),
/// polled every 5 ms on loopback. With an existing index the host only loads it; with an empty
/// index folder it first builds one from the corpus. Median of several fresh processes; one JSON line.
/// </summary>
internal static class StartupBenchmark
{
    public static async Task<int> RunAsync(string hostDll, string corpus, string? index, int runs)
    {
        var seconds = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            // No index folder given: a fresh one each run, so every run builds.
            var indexDirectory = index ?? Directory.CreateTempSubdirectory("startup-index-").FullName;
            try
            {
                seconds.Add(await FirstSearchAsync(hostDll, corpus, indexDirectory));
            }
            finally
            {
                if (index is null)
                    Directory.Delete(indexDirectory, recursive: true);
            }
        }
        seconds.Sort();
        BenchOutput.Line(new
        {
            measure = "startup",
            index = index is null ? "built from the corpus" : "existing",
            corpus,
            runs,
            medianSeconds = Math.Round(seconds[seconds.Count / 2], 3),
            minSeconds = Math.Round(seconds[0], 3),
            maxSeconds = Math.Round(seconds[^1], 3),
        });
        return 0;
    }

    private static async Task<double> FirstSearchAsync(string hostDll, string corpus, string indexDirectory)
    {
        var started = Stopwatch.GetTimestamp();
        await using var host = new HostProcess(hostDll, corpus, indexDirectory);
        await host.WaitForAsync("/api/search?q=%E5%8F%91%E5%B1%95", _ => true, TimeSpan.FromMinutes(10)); // 发展
        return Stopwatch.GetElapsedTime(started).TotalSeconds;
    }
}
