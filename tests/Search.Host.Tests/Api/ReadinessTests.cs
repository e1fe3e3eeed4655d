using System.Net;

namespace Search.Host.Tests.Api;

public sealed class ReadinessTests
{
    [Fact]
    public async Task Without_a_loaded_index_readiness_is_false_search_answers_503_and_the_host_stays_alive()
    {
        // An index path that is a file, not a folder: no index can be built, so none is ever loaded.
        var blocker = Path.GetTempFileName();
        try
        {
            await using var host = await RunningHost.StartAsync($"--Search:IndexPath={blocker}");
            await host.WaitForLogAsync("could not be loaded, built or updated");

            var ready = await host.Client.GetAsync("/readyz");
            var search = await host.GetAsync("/api/search", ("q", "上合"));
            var article = await host.Client.GetAsync("/api/articles/000_13824d23c47df48b-1");
            var health = await host.Client.GetAsync("/healthz");
            var invalid = await host.GetAsync("/api/search", ("size", "0"));
            var page = await host.GetAsync("/", ("q", "上合"));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Contains("\"status\":\"failing\"", await ready.Content.ReadAsStringAsync());
            Assert.Contains("\"problem\":\"IOException", await ready.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.ServiceUnavailable, search.StatusCode);
            Assert.Equal("application/problem+json", search.Content.Headers.ContentType!.MediaType);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, article.StatusCode);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            // A request that can never succeed is told so, not to try again.
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    [Fact]
    public async Task A_first_build_that_failed_is_tried_again_until_the_service_is_ready()
    {
        var blocker = Path.GetTempFileName();
        try
        {
            await using var host = await RunningHost.StartAsync($"--Search:IndexPath={blocker}", "--Search:IndexPollSeconds=0.2");
            await host.WaitForLogAsync("could not be loaded, built or updated");

            // What stopped it is mended: the index folder can now be made.
            File.Delete(blocker);
            await host.WaitForIndexAsync(TimeSpan.FromSeconds(30));
            var ready = await host.Client.GetAsync("/readyz");
            // The index is served a moment before the step that built it is logged.
            await host.WaitForLogAsync("Index built");

            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Single(host.LogLines, line => line.Contains("Index built"));
            Assert.All(host.LogLines.Where(line => line.Contains("could not be loaded")), line => Assert.DoesNotContain("\n   at ", line));
        }
        finally
        {
            if (File.Exists(blocker))
                File.Delete(blocker);
            else if (Directory.Exists(blocker))
                Directory.Delete(blocker, recursive: true);
        }
    }
}
