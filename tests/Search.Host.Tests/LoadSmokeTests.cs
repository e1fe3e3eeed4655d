using System.Net;
using Search.Tests;

namespace Search.Host.Tests;

/// <summary>
/// The CI-sized version of bench/load.sh: concurrent clients search over real HTTP while the index
/// changes under them — a full reindex, or pages added, changed and removed in the corpus folder
/// while the host updates file by file; not one request may fail or get a 5xx. (The 60-second,
/// 10,000-article runs are benchmarks: docs/reliability.md.)
/// </summary>
public sealed class LoadSmokeTests
{
    private const int RequestsPerClient = 10;
    private static readonly string[] Queries = ["上合", "民生实事", "6.5%", "崂山 提质", "", "\"新旧动能转换\"", "港", "district:平度 发展"];

    // All clients are 127.0.0.1: the per-client rate limit is raised so that it measures the service, not the limiter.
    private const string NoRateLimit = "--Search:SearchRequestsPerMinute=10000000";

    [Fact]
    public async Task Searches_from_eight_clients_across_a_reindex_all_succeed()
    {
        await using var host = await RunningHost.StartAsync("--Search:AdminApiKey=test-admin-key", NoRateLimit);
        await host.WaitForIndexAsync(TimeSpan.FromSeconds(60));

        var (statuses, failures, answeredMeanwhile) = await SearchWhileAsync(host, async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/reindex");
            request.Headers.Add("X-Api-Key", "test-admin-key");
            Assert.Equal(HttpStatusCode.OK, (await host.Client.SendAsync(request)).StatusCode);
        });

        Assert.Equal(0, failures);
        Assert.True(answeredMeanwhile > 0, "no search was answered while the reindex ran");
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public async Task Searches_from_eight_clients_across_updates_by_file_all_succeed()
    {
        using var scenario = new RebuildScenario();
        await scenario.BuildInitialIndexAsync();
        await using var host = await RunningHost.StartAsync($"--Search:CorpusPath={scenario.Corpus}", $"--Search:IndexPath={scenario.Index}", NoRateLimit);
        await host.WaitForIndexAsync(TimeSpan.FromSeconds(60));
        var page = File.ReadAllText(Directory.GetFiles(scenario.Corpus, "*.txt").Order().First());

        var (statuses, failures, answeredMeanwhile) = await SearchWhileAsync(host, async () =>
        {
            // Each step a change the host must index: a page added, changed, then removed.
            for (var step = 0; step < 6; step++)
            {
                var file = Path.Combine(scenario.Corpus, $"extra-{step / 3}.txt");
                if (step % 3 == 2)
                    File.Delete(file);
                else
                    File.WriteAllText(file, step % 3 == 0 ? page : page + "\n\n又及：会议还审议了其他报告。");
                await host.WaitForLogAsync($"Index updated (the corpus changed: {(step % 3) switch { 0 => "1 file(s) added, 0 changed, 0 removed", 1 => "0 file(s) added, 1 changed, 0 removed", _ => "0 file(s) added, 0 changed, 1 removed" }}", after: step / 3);
            }
        });

        Assert.Equal(0, failures);
        Assert.True(answeredMeanwhile > 0, "no search was answered while the index was updated");
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    /// <summary>
    /// Eight clients search until <paramref name="change"/> has finished and each has made at least
    /// <see cref="RequestsPerClient"/> requests: bounded in requests, not time, so a slow machine
    /// makes fewer requests per second, never a failure.
    /// </summary>
    private static async Task<(List<HttpStatusCode> Statuses, int Failures, int AnsweredMeanwhile)> SearchWhileAsync(RunningHost host, Func<Task> change)
    {
        var statuses = new List<HttpStatusCode>();
        var failures = 0;
        var answeredMeanwhile = 0;
        var clientsRunning = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var changing = Task.Run(async () =>
        {
            await clientsRunning.Task;
            await change();
        });
        var clients = Enumerable.Range(0, 8).Select(client => Task.Run(async () =>
        {
            var seen = new List<HttpStatusCode>();
            for (var i = client; seen.Count < RequestsPerClient || !changing.IsCompleted; i++)
            {
                try
                {
                    var response = await host.GetAsync("/api/search", ("q", Queries[i % Queries.Length]));
                    await response.Content.ReadAsStringAsync();
                    seen.Add(response.StatusCode);
                    if (!changing.IsCompleted)
                        Interlocked.Increment(ref answeredMeanwhile);
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
        await changing;
        return (statuses, failures, answeredMeanwhile);
    }
}
