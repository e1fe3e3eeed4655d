using Microsoft.Playwright;

namespace Search.Host.Tests.Pages;

/// <summary>Corpus content is data: markup in an article is shown as text and never runs.</summary>
public sealed class HostileContentBrowserTests : IAsyncLifetime
{
    private const string Page = """
        崂山区：警惕<script>window.pwned=1</script>注入<img src=x onerror="window.pwned=2">

        2月5日，崂山区人民代表大会开幕。<a href="javascript:window.pwned=3">点此</a>，2024年崂山区将坚持发展。<svg onload="window.pwned=4">
        """;

    private BrowserFixture _browser = null!;

    public async Task InitializeAsync() =>
        _browser = await BrowserFixture.OverCorpusAsync(corpus => File.WriteAllTextAsync(Path.Combine(corpus, "page.txt"), Page));

    public Task DisposeAsync() => _browser.DisposeAsync();

    [BrowserFact]
    public async Task Script_tags_handlers_and_javascript_links_in_an_article_show_as_text_and_never_run()
    {
        var page = await _browser.NewPageAsync();

        await page.GotoAsync("/?q=" + Uri.EscapeDataString("崂山区"));
        await Assertions.Expect(page.Locator(".hit h2")).ToContainTextAsync("<script>window.pwned=1</script>");
        await page.Locator(".hit h2 a").ClickAsync();
        await Assertions.Expect(page.Locator("article")).ToContainTextAsync("<a href=\"javascript:window.pwned=3\">点此</a>");

        Assert.Null(await page.EvaluateAsync<int?>("() => window.pwned ?? null"));
        Assert.Equal(0, await page.Locator("article script, article img, article svg, article a[href^=javascript]").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "hostile-article");
    }
}
