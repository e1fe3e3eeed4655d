using Microsoft.Playwright;

namespace Search.Host.Tests.Pages;

/// <summary>复制引用 puts the citation on the clipboard, from a result and from the article.</summary>
public sealed class CitationBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Copying_a_results_citation_puts_paper_title_and_link_on_the_clipboard()
    {
        var page = await fixture.NewPageAsync(new BrowserNewContextOptions { Permissions = ["clipboard-read", "clipboard-write"] });
        await page.GotoAsync($"/?q={Uri.EscapeDataString("七个提质争先")}");
        var hit = page.Locator(".hit", new() { HasText = "崂山区：聚力做到“七个提质争先”" }).First;
        var link = await hit.Locator("h2 a").GetAttributeAsync("href");

        await hit.GetByRole(AriaRole.Button, new() { Name = "复制引用" }).ClickAsync();

        await Assertions.Expect(hit.Locator("button.copy-citation")).ToHaveTextAsync("已复制");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        var articleUrl = new Uri(new Uri(page.Url), link!.Split('?')[0]).ToString();
        Assert.Equal($"《青岛晚报》：《崂山区：聚力做到“七个提质争先”》，{articleUrl}", copied);
        await BrowserFixture.ScreenshotAsync(page, "citation");

        await page.GotoAsync(articleUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = "复制引用" }).ClickAsync();
        await Assertions.Expect(page.Locator("button.copy-citation")).ToHaveTextAsync("已复制");
        Assert.Equal(copied, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }

    [BrowserFact]
    public async Task Without_script_the_citation_can_be_read_and_selected()
    {
        var page = await fixture.NewPageAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        await page.GotoAsync($"/?q={Uri.EscapeDataString("七个提质争先")}");
        var hit = page.Locator(".hit").First;

        await Assertions.Expect(hit.Locator("button.copy-citation")).ToBeHiddenAsync();
        await hit.Locator(".cite summary").ClickAsync();
        await Assertions.Expect(hit.Locator(".citation")).ToContainTextAsync("/articles/");
    }
}
