using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Search.Bench;

/// <summary>
/// A bounded load generator for the host on loopback: <c>connections</c> concurrent clients send the
/// query mix (or one fixed path) for <c>seconds</c>, then stop. Optionally a full reindex is started a
/// few seconds in and the load lasts until it has swapped, so the figures show search across a rebuild
/// and swap. An optional warm-up at the same load comes first and is not counted. Refuses any host
/// but loopback.
/// Prints one JSON line: requests/s, latency percentiles, errors and 5xx.
/// </summary>
internal static class LoadBenchmark
{
    /// <param name="warmupSeconds">Load sent first and not counted: the host's code reaches its optimised tier under load, as in service.</param>
    public static async Task<int> RunAsync(Uri baseAddress, string? queryFile, string path, int connections, int seconds, int warmupSeconds, string? reindexKey)
    {
        if (!IPAddress.TryParse(baseAddress.Host, out var address) ? baseAddress.Host != "localhost" : !IPAddress.IsLoopback(address))
        {
            Console.Error.WriteLine("the load generator only targets loopback (127.0.0.0/8, ::1, localhost)");
            return 2;
        }
        var queries = queryFile is null ? [] : File.ReadAllLines(queryFile).Select(q => q.Trim()).Where(q => q.Length > 0).ToArray();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

        if (warmupSeconds > 0)
            await DriveAsync(client, queries, path, connections, warmupSeconds, reindex: null);

        Task<string>? reindex = reindexKey is null ? null : Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(Math.Min(5, seconds / 4.0)));
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/reindex");
            request.Headers.Add("X-Api-Key", reindexKey);
            var reindexStarted = Stopwatch.GetTimestamp();
            // A rebuild of 50,000 articles takes minutes: its request must not share the searches' timeout.
            using var admin = new HttpClient { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
            using var response = await admin.SendAsync(request);
            return $"{(int)response.StatusCode} after {Stopwatch.GetElapsedTime(reindexStarted).TotalSeconds:0.0} s";
        });
        var run = await DriveAsync(client, queries, path, connections, seconds, reindex);
        var reindexResult = reindex is null ? null : await reindex;

        var sorted = run.Latencies.Order().ToArray();
        BenchOutput.Line(new
        {
            measure = "http_load",
            path,
            connections,
            warmupSeconds,
            seconds = Math.Round(run.Seconds, 1),
            requests = sorted.Length,
            requestsPerSecond = Math.Round(sorted.Length / run.Seconds, 1),
            p50Ms = BenchOutput.Percentile(sorted, 50, digits: 2),
            p99Ms = BenchOutput.Percentile(sorted, 99, digits: 2),
            maxMs = sorted.Length == 0 ? 0 : Math.Round(sorted[^1], 2),
            errors = run.Errors,
            serverErrors = run.ServerErrors,
            otherStatus = run.OtherStatus,
            reindex = reindexResult,
        });
        return run.Errors == 0 && run.ServerErrors == 0 ? 0 : 1;
    }

    private sealed record Run(double Seconds, IReadOnlyCollection<double> Latencies, long Errors, long ServerErrors, long OtherStatus);

    /// <summary><paramref name="connections"/> clients send requests back to back for <paramref name="seconds"/> (and, with a reindex, until it is done).</summary>
    private static async Task<Run> DriveAsync(HttpClient client, string[] queries, string path, int connections, int seconds, Task<string>? reindex)
    {
        var latencies = new ConcurrentBag<double>();
        long errors = 0, serverErrors = 0, otherStatus = 0;
        var deadline = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, connections).Select(worker => Task.Run(async () =>
        {
            var local = new List<double>();
            // With a reindex, keep the load on until its swap is done: the point is search across the swap.
            for (var i = worker; Stopwatch.GetTimestamp() < deadline || reindex is { IsCompleted: false }; i += connections)
            {
                var target = queries.Length > 0 ? $"{path}?q={Uri.EscapeDataString(queries[i % queries.Length])}" : path;
                var t0 = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(target);
                    await response.Content.LoadIntoBufferAsync();
                    local.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                    if ((int)response.StatusCode >= 500)
                        Interlocked.Increment(ref serverErrors);
                    else if (!response.IsSuccessStatusCode)
                        Interlocked.Increment(ref otherStatus);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
            foreach (var latency in local)
                latencies.Add(latency);
        })).ToArray();
        await Task.WhenAll(workers);
        return new Run(Stopwatch.GetElapsedTime(started).TotalSeconds, latencies, errors, serverErrors, otherStatus);
    }
}
