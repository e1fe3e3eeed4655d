using Microsoft.Playwright;

namespace Search.Host.Tests.Pages;

/// <summary>The article page as Chromium lays it out.</summary>
public sealed class ArticlePageBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Only_the_body_paragraphs_start_indented_not_the_subtitle_meta_or_byline()
    {
        var page = await fixture.NewPageAsync();
        // 崂山区's 2024 report in 青岛晚报: a subtitle, the meta line and a byline above the body.
        await page.GotoAsync("/articles/000_13824d23c47df48b-1");

        foreach (var line in new[] { ".subtitle", "article > .meta", ".byline" })
        {
            await Assertions.Expect(page.Locator(line)).ToBeVisibleAsync();
            Assert.Equal("0px", await page.Locator(line).EvaluateAsync<string>("line => getComputedStyle(line).textIndent"));
        }
        var body = await page.Locator("article .body > p").EvaluateAllAsync<string[]>("paragraphs => paragraphs.map(p => getComputedStyle(p).textIndent)");
        Assert.True(body.Length > 10);
        Assert.All(body, indent => Assert.Equal("32px", indent)); // 2em of 16px
    }
}
