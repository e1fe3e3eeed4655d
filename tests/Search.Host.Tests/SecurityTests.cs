using System.Net;

namespace Search.Host.Tests;

public sealed class SecurityTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/articles/000_13824d23c47df48b-1")]
    [InlineData("/api/search")]
    [InlineData("/no/such/page")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        var response = await fixture.Host.Client.GetAsync(path);

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task The_pages_have_no_inline_script_or_style_for_the_policy_to_block()
    {
        var html = await fixture.Host.Client.GetStringAsync("/?q=" + Uri.EscapeDataString("上合"));

        Assert.Matches("<script src=\"/app.js\" defer></script>", html);
        Assert.DoesNotMatch("<script>|<script [^>]*>[^<]", html);
        Assert.DoesNotContain("style=", html);
        Assert.DoesNotContain("<style", html);
        Assert.DoesNotContain(" on", html.Replace(" onerror=", "")); // no onclick= etc. in our markup
    }

    [Fact]
    public async Task A_large_request_body_is_refused_with_413()
    {
        var body = new ByteArrayContent(new byte[SearchHost.MaxRequestBodyBytes + 1]);

        var response = await fixture.Host.Client.PostAsync("/api/admin/reindex", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
