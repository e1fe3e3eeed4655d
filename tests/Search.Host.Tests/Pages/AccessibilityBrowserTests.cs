using Microsoft.Playwright;

namespace Search.Host.Tests.Pages;

/// <summary>
/// The search and article pages for people who use a keyboard or a screen reader, in real Chromium:
/// axe-core finds nothing on them, and focus goes where the person is.
/// </summary>
public sealed class AccessibilityBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Article = "/articles/000_13824d23c47df48b-1";
    private static readonly string Shanghe = Uri.EscapeDataString("上合");

    public static TheoryData<string> SearchAndArticlePages => new()
    {
        "/",
        $"/?q={Shanghe}",
        $"/?q={Uri.EscapeDataString("无此词语之检索")}",
        Article,
        $"{Article}?q={Uri.EscapeDataString("崂山")}",
    };

    [BrowserTheory]
    [MemberData(nameof(SearchAndArticlePages))]
    public async Task Axe_finds_no_violation(string url)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(url);

        await Accessibility.AssertNoViolationsAsync(page);
    }

    [BrowserTheory]
    [MemberData(nameof(SearchAndArticlePages))]
    public async Task Axe_finds_no_violation_on_a_phone(string url)
    {
        var page = await fixture.NewPageAsync(Phone.Context);
        await page.GotoAsync(url);

        await Accessibility.AssertNoViolationsAsync(page);
    }

    [BrowserFact]
    public async Task Axe_finds_no_violation_with_a_facet_ticked_and_the_results_replaced()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/?q={Shanghe}");

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "胶州市" }).CheckAsync();
        await BrowserFixture.WaitForQueryAsync(page, "district", "胶州市");
        await Assertions.Expect(page.Locator(".chips")).ToContainTextAsync("胶州市");

        await Accessibility.AssertNoViolationsAsync(page);
    }

    [BrowserFact]
    public async Task Ticking_a_facet_with_the_keyboard_keeps_focus_on_it_when_the_results_are_replaced()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/?q={Uri.EscapeDataString("发展")}");
        var box = page.GetByRole(AriaRole.Checkbox, new() { Name = "2024年" });
        var replaced = await page.Locator(".hit-list").ElementHandleAsync();

        await box.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await BrowserFixture.WaitForQueryAsync(page, "year", "2024");
        // The list the box sat beside is gone: the box now focused is the new one, not the old.
        await page.WaitForFunctionAsync("old => !old.isConnected", replaced);

        var focused = await page.EvaluateAsync<string[]>("() => [document.activeElement.type, document.activeElement.name, document.activeElement.value, String(document.activeElement.checked)]");
        Assert.Equal(["checkbox", "year", "2024", "true"], focused);

        // And a second Space unticks it, the focus staying again.
        await page.Keyboard.PressAsync("Space");
        await BrowserFixture.WaitForQueryAsync(page, "year", null);
        await Assertions.Expect(box).ToBeFocusedAsync();
        await Assertions.Expect(box).Not.ToBeCheckedAsync();
    }

    [BrowserFact]
    public async Task A_skip_link_is_the_first_stop_and_takes_focus_to_the_results()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/?q={Shanghe}");
        await Assertions.Expect(page.Locator("#q")).ToBeFocusedAsync(); // the search page keeps its autofocus

        var first = await page.EvaluateAsync<string>(FirstFocusable);
        Assert.Equal("跳到检索结果", first);

        // From the search box the page opened in, back past the brand.
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Shift+Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "跳到检索结果" });
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeInViewportAsync(); // seen when focused, though hidden otherwise
        var hits = await page.Locator(".hit-list").ElementHandleAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#results")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        // A move within the page, not another search: the results stay as they were (and the focus in them).
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(await hits.EvaluateAsync<bool>("list => list.isConnected"), "following the skip link replaced the results");
        // The next stop is inside the results, not back in the masthead.
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('results').contains(document.activeElement)"), "Tab after the skip link left the results");
    }

    [BrowserFact]
    public async Task An_article_page_does_not_take_focus_into_the_search_box()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(Article);

        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("[autofocus]").CountAsync());
        Assert.Equal("BODY", await page.EvaluateAsync<string>("() => document.activeElement.tagName"));
        Assert.Equal("跳到正文", await page.EvaluateAsync<string>(FirstFocusable));

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "跳到正文" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main")).ToBeFocusedAsync();
    }

    [BrowserFact]
    public async Task The_trend_charts_links_read_as_year_and_count()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/?q={Uri.EscapeDataString("发展")}");

        var points = page.Locator("#trend a");
        var years = await points.EvaluateAllAsync<string[]>("links => links.map(link => link.dataset.year)");
        Assert.NotEmpty(years);
        foreach (var year in years)
        {
            var count = await page.Locator($"#trend a[data-year='{year}'] .count").TextContentAsync();
            await Assertions.Expect(page.Locator($"#trend a[data-year='{year}']")).ToHaveAccessibleNameAsync($"{year}年：{count}篇");
        }
    }

    /// <summary>The text of the first element a Tab reaches from the top of the page (no page sets a positive tabindex).</summary>
    private const string FirstFocusable =
        "() => [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]')]" +
        ".find(element => element.tabIndex >= 0 && element.getClientRects().length > 0)?.textContent";
}
