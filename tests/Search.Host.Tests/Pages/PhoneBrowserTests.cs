using Microsoft.Playwright;

namespace Search.Host.Tests.Pages;

/// <summary>
/// The search and article pages at a phone's width, in real Chromium: the first result on the first
/// screen, the facets one tap away in a 筛选 drawer, nothing wider than the screen.
/// Screenshots: phone-results, phone-filter, phone-article.
/// </summary>
public sealed class PhoneBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string Shanghe = Uri.EscapeDataString("上合");

    [BrowserTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_first_result_is_on_the_first_screen_and_the_page_fits_its_width(bool javaScript)
    {
        var page = await OpenResultsAsync(javaScript);
        await BrowserFixture.ScreenshotAsync(page, javaScript ? "phone-results" : "phone-results-no-javascript");

        var first = await page.Locator(".hit").First.BoundingBoxAsync();
        Assert.True(first!.Y < 400, $"the first result starts at {first.Y}px");
        Assert.True(await Phone.OverflowAsync(page) <= 0, $"the page is {await Phone.OverflowAsync(page)}px wider than the screen");
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "胶州市" })).Not.ToBeVisibleAsync();
    }

    [BrowserTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_facets_open_from_the_filter_drawer_and_a_ticked_one_filters(bool javaScript)
    {
        var page = await OpenResultsAsync(javaScript);

        await page.Locator(".drawer > summary", new() { HasText = "筛选" }).ClickAsync();
        var box = page.GetByRole(AriaRole.Checkbox, new() { Name = "胶州市" });
        await box.CheckAsync();
        if (!javaScript)
            await page.Locator(".apply").ClickAsync(); // without script the drawer's button applies the filters
        await BrowserFixture.WaitForQueryAsync(page, "district", "胶州市");

        await Assertions.Expect(page.Locator(".chips")).ToContainTextAsync("胶州市");
        Assert.True(await Phone.OverflowAsync(page) <= 0, $"the page is {await Phone.OverflowAsync(page)}px wider than the screen");
        if (javaScript)
        {
            // The results were replaced while the drawer was open: it stays open on the ticked box.
            await Assertions.Expect(box).ToBeFocusedAsync();
            await Assertions.Expect(box).ToBeCheckedAsync();
            await BrowserFixture.ScreenshotAsync(page, "phone-filter");
        }
    }

    [BrowserFact]
    public async Task An_article_fits_the_width_and_begins_on_the_first_screen()
    {
        var page = await fixture.NewPageAsync(Phone.Context);
        await page.GotoAsync($"/articles/000_13824d23c47df48b-1?q={Uri.EscapeDataString("崂山")}");

        var title = await page.Locator("h1").BoundingBoxAsync();
        Assert.True(title!.Y < 400, $"the title starts at {title.Y}px");
        var body = await page.Locator("article .body > p").First.BoundingBoxAsync();
        Assert.True(body!.Y < Phone.Height, $"the body starts at {body.Y}px, below the first screen");
        Assert.True(await Phone.OverflowAsync(page) <= 0, $"the page is {await Phone.OverflowAsync(page)}px wider than the screen");
        await BrowserFixture.ScreenshotAsync(page, "phone-article");
    }

    [BrowserFact]
    public async Task On_a_wide_screen_the_facets_show_without_opening_anything()
    {
        var page = await fixture.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        await page.GotoAsync($"/?q={Shanghe}");

        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "胶州市" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".drawer > summary")).Not.ToBeVisibleAsync();
    }

    /// <summary>The results for 上合 (three articles, two years) on a phone, with script on or off.</summary>
    private async Task<IPage> OpenResultsAsync(bool javaScript)
    {
        var options = Phone.Context;
        options.JavaScriptEnabled = javaScript;
        var page = await fixture.NewPageAsync(options);
        await page.GotoAsync($"/?q={Shanghe}");
        return page;
    }
}
