using Microsoft.Playwright;

namespace Search.Host.Tests.Pages;

/// <summary>
/// The pages around the search, in real Chromium: the API reference, the error pages, the help page
/// and the home page's introduction — styled by the site's stylesheet with nothing the security
/// policy blocks, and no axe-core violation.
/// </summary>
public sealed class SitePagesBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    /// <summary>Opens <paramref name="path"/>, collecting what the console reports as errors (a CSP violation is one).</summary>
    private async Task<(IPage Page, IResponse Response, List<string> Errors)> OpenAsync(string path)
    {
        var page = await fixture.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                errors.Add(message.Text);
        };
        var response = await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return (page, response!, errors);
    }

    [BrowserFact]
    public async Task The_api_page_is_styled_by_the_stylesheet_with_nothing_blocked()
    {
        var (page, response, errors) = await OpenAsync("/api");

        Assert.Equal(200, response.Status);
        Assert.Empty(errors);
        // The stylesheet applied: the text keeps a readable width on a wide screen.
        var width = await page.Locator("main").EvaluateAsync<double>("main => main.getBoundingClientRect().width");
        Assert.InRange(width, 300, 52 * 16 + 1);
        await Assertions.Expect(page.Locator("h2").Filter(new() { HasText = "GET /api/search" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.doc-table").First).ToContainTextAsync("崂山区");
        await BrowserFixture.ScreenshotAsync(page, "api");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [BrowserTheory]
    [InlineData("/nope", 404, "找不到这个页面")]
    [InlineData("/articles/nosuch", 404, "这篇文章不存在")]
    [InlineData("/?page=abc", 400, "无法完成检索")]
    public async Task An_error_is_a_page_of_the_site(string path, int status, string heading)
    {
        var (page, response, errors) = await OpenAsync(path);

        Assert.Equal(status, response.Status);
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync(heading);
        await Assertions.Expect(page.Locator(".masthead #q")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "返回首页" })).ToBeVisibleAsync();
        // Only the failed document itself is reported, nothing the policy blocked.
        Assert.All(errors, error => Assert.Contains($"status of {status}", error));
        await BrowserFixture.ScreenshotAsync(page, "error-" + status + "-" + path.Trim('/').Split('/', '?')[0]);
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [BrowserFact]
    public async Task The_help_page_is_reached_from_the_home_page_and_its_examples_search()
    {
        var (page, _, errors) = await OpenAsync("/");

        await Assertions.Expect(page.Locator("#corpus-summary")).ToContainTextAsync("篇文章");
        await BrowserFixture.ScreenshotAsync(page, "home");
        await page.Locator(".intro").GetByRole(AriaRole.Link, new() { Name = "查询写法与更多例子" }).ClickAsync();
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("检索帮助");
        Assert.Empty(errors);
        await BrowserFixture.ScreenshotAsync(page, "help");
        await Accessibility.AssertNoViolationsAsync(page);

        var example = page.Locator("table.examples tbody tr").Filter(new() { HasText = "OR" }).First;
        var found = await example.Locator("td.found").InnerTextAsync();
        await example.Locator("a").ClickAsync();
        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("共 " + found.Replace(" 篇", "") + " 条结果");
    }
}
