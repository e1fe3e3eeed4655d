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
