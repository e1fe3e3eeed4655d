using System.Net;

namespace Search.Host.Tests;

/// <summary>
/// The CI-sized version of bench/load.sh: concurrent clients search over real HTTP while a full
/// reindex runs and swaps; not one request may fail or get a 5xx. (The 60-second, 50,000-article run
/// is a benchmark: docs/reliability.md.)
/// </summary>
public sealed class LoadSmokeTests
{
    private const int RequestsPerClient = 10;
    private static readonly string[] Queries = ["上合", "民生实事", "6.5%", "崂山 提质", "", "\"新旧动能转换\"", "港", "district:平度 发展"];

    [Fact]
    public async Task Searches_from_eight_clients_across_a_reindex_and_swap_all_succeed()
    {
        // All clients are 127.0.0.1: the per-client rate limit is raised so that it measures the service, not the limiter.
        await using var host = await RunningHost.StartAsync("--Search:AdminApiKey=test-admin-key", "--Search:SearchRequestsPerMinute=10000000");
        await host.WaitForIndexAsync(TimeSpan.FromSeconds(60));
        var statuses = new List<HttpStatusCode>();
        var failures = 0;
        var answeredDuringReindex = 0;
        var clientsRunning = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Bounded in requests, not time: a slow machine makes fewer requests per second, never a failure.
        var reindex = Task.Run(async () =>
        {
            await clientsRunning.Task;
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/reindex");
            request.Headers.Add("X-Api-Key", "test-admin-key");
            return (await host.Client.SendAsync(request)).StatusCode;
        });
        var clients = Enumerable.Range(0, 8).Select(client => Task.Run(async () =>
        {
            var seen = new List<HttpStatusCode>();
            for (var i = client; seen.Count < RequestsPerClient || !reindex.IsCompleted; i++)
            {
                try
                {
                    var response = await host.GetAsync("/api/search", ("q", Queries[i % Queries.Length]));
                    await response.Content.ReadAsStringAsync();
                    seen.Add(response.StatusCode);
                    if (!reindex.IsCompleted)
                        Interlocked.Increment(ref answeredDuringReindex);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                }
                clientsRunning.TrySetResult();
            }
            lock (statuses)
                statuses.AddRange(seen);
        })).ToArray();
        await Task.WhenAll(clients);

        Assert.Equal(HttpStatusCode.OK, await reindex);
        Assert.Equal(0, failures);
        Assert.True(answeredDuringReindex > 0, "no search was answered while the reindex ran");
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }
}
