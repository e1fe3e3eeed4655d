using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;

namespace Search.Host.Tests;

/// <summary>
/// Errors for people and for programs: a browser asking for a page gets a page in the site's layout;
/// a request under /api (or /openapi, /healthz, /readyz), or one that does not prefer HTML, gets problem+json.
/// </summary>
public sealed class ErrorPageTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    /// <summary>What Chromium sends for a page.</summary>
    public const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private Task<HttpResponseMessage> GetAsync(string path, string? accept) => GetAsync(fixture.Host, path, accept);

    internal static async Task<HttpResponseMessage> GetAsync(RunningHost host, string path, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        return await host.Client.SendAsync(request);
    }

    /// <summary>Asserts an HTML page in the site's layout with the status, and returns its text.</summary>
    internal static async Task<string> AssertPageAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/app.css\">", html);
        Assert.Contains("<header class=\"masthead\">", html);
        Assert.Contains("<main class=\"doc error-page\"><h1>", html);
        Assert.Contains("<a href=\"/\">返回首页</a>", html);
        return html;
    }

    [Theory]
    [InlineData("/nope", HttpStatusCode.NotFound, "找不到这个页面", "这个地址没有页面")]
    [InlineData("/articles/nosuch", HttpStatusCode.NotFound, "这篇文章不存在", "索引中没有这个编号的文章")]
    [InlineData("/?page=abc", HttpStatusCode.BadRequest, "无法完成检索", "页码（page）：“abc”")]
    public async Task A_browser_gets_a_page_saying_what_went_wrong(string path, HttpStatusCode status, string heading, string says)
    {
        var html = await AssertPageAsync(await GetAsync(path, BrowserAccept), status);

        Assert.Contains($"<h1>{heading}</h1>", html);
        Assert.Contains(says, html);
        Assert.DoesNotContain("\"status\":", html);
    }

    [Theory]
    [InlineData("/api/nope", HttpStatusCode.NotFound)]
    [InlineData("/api/articles/nosuch", HttpStatusCode.NotFound)]
    [InlineData("/api/search?page=abc", HttpStatusCode.BadRequest)]
    [InlineData("/openapi/nope", HttpStatusCode.NotFound)]
    [InlineData("/healthz/nope", HttpStatusCode.NotFound)]
    public async Task Under_the_api_even_a_browser_gets_problem_json(string path, HttpStatusCode status)
    {
        var response = await GetAsync(path, BrowserAccept);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("/nope", null, HttpStatusCode.NotFound)]
    [InlineData("/nope", "*/*", HttpStatusCode.NotFound)]
    [InlineData("/nope", "application/json", HttpStatusCode.NotFound)]
    [InlineData("/nope", "application/json, text/html;q=0.5", HttpStatusCode.NotFound)]
    [InlineData("/articles/nosuch", "application/json", HttpStatusCode.NotFound)]
    [InlineData("/?page=abc", "*/*", HttpStatusCode.BadRequest)]
    public async Task A_client_that_does_not_prefer_html_gets_problem_json_for_a_page_address(string path, string? accept, HttpStatusCode status)
    {
        var response = await GetAsync(path, accept);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("/nope")]
    [InlineData("/articles/nosuch")]
    [InlineData("/api/articles/nosuch")]
    public async Task An_error_answered_by_accept_says_so_to_caches(string path)
    {
        foreach (var accept in new[] { BrowserAccept, "application/json" })
            Assert.Contains("Accept", (await GetAsync(path, accept)).Headers.Vary);
    }

    [Fact]
    public async Task A_failure_is_a_500_page_for_a_browser_and_a_500_problem_for_a_program()
    {
        await using var host = await RunningHost.StartAsync(app => app.MapGet("/fails", string () => throw new InvalidOperationException("a failure in a test endpoint")));

        var html = await AssertPageAsync(await GetAsync(host, "/fails", BrowserAccept), HttpStatusCode.InternalServerError);
        var problem = await GetAsync(host, "/fails", "application/json");

        Assert.Contains("<h1>服务出错了</h1>", html);
        Assert.DoesNotContain("a failure in a test endpoint", html); // what failed is for the log, not the reader
        Assert.Equal(HttpStatusCode.InternalServerError, problem.StatusCode);
        Assert.Equal(new MediaTypeHeaderValue("application/problem+json").MediaType, problem.Content.Headers.ContentType!.MediaType);
    }
}
