using System.Net;

namespace Search.Host.Tests.Api;

public sealed class LimitsAndCorsTests
{
    [Fact]
    public async Task Past_the_rate_limit_searches_get_429_with_retry_after()
    {
        await using var host = await RunningHost.StartAsync("--Search:SearchRequestsPerMinute=3");

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last = await host.Client.GetAsync("/healthz");
            last = await host.GetAsync("/api/search", ("q", "上合"));
            statuses.Add(last.StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.True(int.Parse(last.Headers.GetValues("Retry-After").Single()) >= 1);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task A_limit_under_one_a_second_refills_at_its_own_rate_not_one_a_second()
    {
        await using var host = await RunningHost.StartAsync("--Search:SearchRequestsPerMinute=3");
        for (var i = 0; i < 3; i++)
            await host.GetAsync("/api/search", ("q", "上合"));

        // Three a minute is one every 20 s: two seconds later the bucket is still empty.
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal(HttpStatusCode.TooManyRequests, (await host.GetAsync("/api/search", ("q", "上合"))).StatusCode);
    }

    [Fact]
    public async Task Every_endpoint_that_reads_the_index_is_limited_per_client_and_health_is_not()
    {
        await using var host = await RunningHost.StartAsync("--Search:SearchRequestsPerMinute=1", "--Search:ReadRequestsPerMinute=1");
        await host.WaitForIndexAsync(TimeSpan.FromSeconds(60));
        string[] searches = ["/api/search?q=x", "/?q=x", "/results?q=x"];
        string[] reads = ["/api/suggest?q=x", "/articles/000_13824d23c47df48b-1", "/api/articles/000_13824d23c47df48b-1",
            "/api/articles/000_13824d23c47df48b-1/related", "/api/figures", "/api/figures.csv", "/figures", "/api/districts/%E5%B4%82%E5%B1%B1"];

        // Each bucket holds one request: the first of each kind passes, every later one is refused.
        var answers = new Dictionary<string, HttpStatusCode>();
        foreach (var path in searches.Concat(reads))
            answers[path] = (await host.Client.GetAsync(path)).StatusCode;

        Assert.Equal(HttpStatusCode.OK, answers[searches[0]]);
        Assert.Equal(HttpStatusCode.OK, answers[reads[0]]);
        Assert.All(searches.Skip(1).Concat(reads.Skip(1)), path => Assert.Equal(HttpStatusCode.TooManyRequests, answers[path]));
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task Cors_is_off_by_default()
    {
        await using var host = await RunningHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/suggest?q=a");
        request.Headers.Add("Origin", "https://tools.example");

        var response = await host.Client.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_configured_origin_may_call_the_get_endpoints()
    {
        await using var host = await RunningHost.StartAsync("--Search:CorsOrigins:0=https://tools.example");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/suggest?q=a");
        request.Headers.Add("Origin", "https://tools.example");

        var response = await host.Client.SendAsync(request);

        Assert.Equal("https://tools.example", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }
}
