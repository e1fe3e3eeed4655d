using System.Net;
using System.Net.Http.Json;

namespace Search.Host.Tests;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Healthz_answers_ok_over_http()
    {
        await using var host = await RunningHost.StartAsync();

        var response = await host.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<Dictionary<string, string>>();
        Assert.Equal("ok", body!["status"]);
    }

    [Fact]
    public async Task The_correlation_id_an_error_shows_is_in_that_requests_log_line()
    {
        await using var host = await RunningHost.StartAsync();

        var response = await host.Client.GetAsync("/no-such-page");
        var id = response.Headers.GetValues("X-Correlation-Id").Single();
        var body = await response.Content.ReadAsStringAsync();

        Assert.Contains(id, body);
        Assert.Contains(host.LogLines, line => line.Contains("GET /no-such-page 404") && line.EndsWith(id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_request_is_logged_on_one_line_with_its_status_and_duration()
    {
        await using var host = await RunningHost.StartAsync();

        await host.Client.GetAsync("/healthz");
        await host.Client.GetAsync("/no-such-page");

        var requestLines = host.LogLines.Where(line => line.Contains("RequestLoggingMiddleware")).ToList();
        Assert.Equal(2, requestLines.Count);
        Assert.All(requestLines, line => Assert.DoesNotContain('\n', line));
        Assert.Matches(@"GET /healthz 200 \d+\.\d ms \S+$", requestLines[0]);
        Assert.Matches(@"GET /no-such-page 404 \d+\.\d ms \S+$", requestLines[1]);
    }
}
