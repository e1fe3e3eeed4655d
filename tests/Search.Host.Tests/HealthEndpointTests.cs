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

    [Fact]
    public async Task The_log_shows_a_request_target_escaped_cut_and_without_its_secrets()
    {
        await using var host = await RunningHost.StartAsync();

        // An ANSI escape in the path would recolour the terminal that shows the log; the key must never be written.
        await host.Client.GetAsync("/%1b%5b31mred%1b%5b0m?key=secret-value&q=" + new string('x', 5000));

        var line = Assert.Single(host.LogLines, line => line.Contains("RequestLoggingMiddleware"));
        Assert.DoesNotContain('\u001b', line);
        Assert.Contains(@"GET /\u001b[31mred\u001b[0m?key=***&q=xxx", line);
        Assert.DoesNotContain("secret-value", line);
        Assert.Contains("more) 404", line);
        Assert.True(line.Length < 600, $"a log line of {line.Length} characters");
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    [InlineData("/?q=%E4%B8%8A%E5%90%88")]
    [InlineData("/api/search?q=%E4%B8%8A%E5%90%88")]
    [InlineData("/api/articles/000_13824d23c47df48b-1")]
    [InlineData("/api/figures.csv")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/app.css")]
    public async Task Head_is_answered_wherever_get_is_with_the_headers_alone(string path)
    {
        await using var host = await RunningHost.StartAsync();
        await host.WaitForIndexAsync(TimeSpan.FromSeconds(60));

        var get = await host.Client.GetAsync(path);
        var head = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await host.Client.PostAsync(path == "/app.css" ? "/healthz" : path, null)).StatusCode);
    }
}
