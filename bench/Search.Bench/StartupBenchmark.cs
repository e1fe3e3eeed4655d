using System.Diagnostics;
using System.Net.Sockets;

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
        var port = FreePort();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { hostDll, "--urls", client.BaseAddress.ToString(), $"--Search:CorpusPath={corpus}", $"--Search:IndexPath={indexDirectory}", "--Logging:LogLevel:Default=Warning" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var started = Stopwatch.GetTimestamp();
        using var host = Process.Start(start) ?? throw new InvalidOperationException("the host did not start");
        host.OutputDataReceived += (_, _) => { };
        host.ErrorDataReceived += (_, _) => { };
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();
        try
        {
            while (Stopwatch.GetElapsedTime(started) < TimeSpan.FromMinutes(10))
            {
                if (host.HasExited)
                    throw new InvalidOperationException($"the host exited with code {host.ExitCode}");
                try
                {
                    using var response = await client.GetAsync("/api/search?q=%E5%8F%91%E5%B1%95"); // 发展
                    if (response.IsSuccessStatusCode)
                        return Stopwatch.GetElapsedTime(started).TotalSeconds;
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }
                await Task.Delay(5);
            }
            throw new TimeoutException("no search answered within 10 minutes");
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
