using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Search.Host.Tests.Pages;

/// <summary>The search page as a person uses it, in real Chromium. Each test leaves a screenshot in bin/…/screenshots.</summary>
public sealed class SearchPageBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string Shanghe = Uri.EscapeDataString("上合");

    [BrowserFact]
    public async Task Typing_a_query_shows_highlighted_results_and_puts_it_in_the_url()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        await page.Locator("#q").PressSequentiallyAsync("上合");
        await BrowserFixture.WaitForQueryAsync(page, "q", "上合");
        await Assertions.Expect(page.Locator(".hit")).ToHaveCountAsync(3);

        await Assertions.Expect(page.Locator(".hit mark").First).ToHaveTextAsync("上合");
        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("共 3 条结果");
        await BrowserFixture.ScreenshotAsync(page, "typing");
    }

    [BrowserFact]
    public async Task On_a_desktop_the_facets_stand_beside_the_results_and_the_first_screen_holds_hits_with_their_citations()
    {
        var page = await fixture.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 860 } });
        await page.GotoAsync($"/?q={Shanghe}");

        var facets = (await page.Locator(".facets").BoundingBoxAsync())!;
        var firstHit = (await page.Locator(".hit").First.BoundingBoxAsync())!;
        Assert.True(facets.X + facets.Width <= firstHit.X, "the facets stand left of the results");
        Assert.True(firstHit.Y < 860, "the first result is on the first screen");
        await Assertions.Expect(page.Locator(".hit").First.GetByRole(AriaRole.Button, new() { Name = "复制引用" })).ToBeVisibleAsync();

        // The README's picture of the search page (docs/screenshot.png): the first screen, as a reader sees it.
        Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "desktop-results.png") });
    }

    [BrowserFact]
    public async Task Ticking_a_district_and_a_year_filters_keeps_counts_visible_and_back_restores_the_previous_view()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/?q={Uri.EscapeDataString("发展")}");
        var before = (await page.Locator("#result-count").InnerTextAsync()).Split('，')[0]; // "共 N 条结果", without the time

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "崂山区" }).CheckAsync();
        await BrowserFixture.WaitForQueryAsync(page, "district", "崂山区");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "2024年" }).CheckAsync();
        await BrowserFixture.WaitForQueryAsync(page, "year", "2024");

        await Assertions.Expect(page.Locator(".chips")).ToContainTextAsync("崂山区");
        await Assertions.Expect(page.Locator(".facets .count").First).ToBeVisibleAsync();
        // Drill sideways: with 崂山区 ticked, the other districts keep their counts.
        Assert.True(await page.Locator("fieldset:has(legend:text('区市')) .option").CountAsync() > 1);
        await BrowserFixture.ScreenshotAsync(page, "filtered");

        await page.GoBackAsync();
        await BrowserFixture.WaitForQueryAsync(page, "year", null);
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "2024年" })).Not.ToBeCheckedAsync();
        await page.GoBackAsync();
        await BrowserFixture.WaitForQueryAsync(page, "district", null);
        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync(before);
    }

    [BrowserFact]
    public async Task Opening_an_article_shows_it_with_the_query_highlighted_and_a_way_back()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/?q={Uri.EscapeDataString("民生实事")}");

        await page.Locator(".hit h2 a").First.ClickAsync();
        // An assertion polls the URL in the browser; WaitForURLAsync instead waits for the new
        // document's load event on the client side, which a loaded CI machine was seen to miss.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/articles/[^?]+\\?q="));

        await Assertions.Expect(page.Locator("article mark").First).ToHaveTextAsync("民生实事");
        await Assertions.Expect(page.Locator(".back a")).ToHaveAttributeAsync("href", $"/?q={Uri.EscapeDataString("民生实事")}");
        await BrowserFixture.ScreenshotAsync(page, "article");
    }

    [BrowserFact]
    public async Task Suggestions_can_be_chosen_with_the_keyboard_alone()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("#q")).ToBeFocusedAsync();

        await page.Keyboard.TypeAsync("崂山");
        await Assertions.Expect(page.Locator("#suggestions")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        var chosen = await page.Locator("#suggestions [aria-selected=true]").GetAttributeAsync("data-text");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#q")).ToHaveValueAsync(chosen!);
        await BrowserFixture.WaitForQueryAsync(page, "q", chosen);
        await Assertions.Expect(page.Locator("#suggestions")).ToBeHiddenAsync();
        await BrowserFixture.ScreenshotAsync(page, "suggestions");
    }

    [BrowserFact]
    public async Task Typing_a_new_query_keeps_the_page_size_of_the_address()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("民生") + "&size=2");

        await page.Locator("#q").FillAsync("");
        await page.Locator("#q").PressSequentiallyAsync("崂山");

        await BrowserFixture.WaitForQueryAsync(page, "q", "崂山");
        await BrowserFixture.WaitForQueryAsync(page, "size", "2");
        await Assertions.Expect(page.Locator("li.hit")).ToHaveCountAsync(2);
    }

    [BrowserFact]
    public async Task Escape_closes_the_suggestions_and_keeps_what_was_typed()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        await page.Locator("#q").PressSequentiallyAsync("崂山");
        await Assertions.Expect(page.Locator("#suggestions")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(page.Locator("#suggestions")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#q")).ToHaveValueAsync("崂山");
        await BrowserFixture.WaitForQueryAsync(page, "q", "崂山");
    }

    [BrowserFact]
    public async Task Typing_pinyin_suggests_the_district_and_searching_it_marks_the_chinese_it_spells()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.TypeAsync("lsq");
        await Assertions.Expect(page.Locator("#suggestions [data-text]").First).ToHaveAttributeAsync("data-text", "崂山区");
        await BrowserFixture.ScreenshotAsync(page, "pinyin-suggestions");

        await page.Locator("#q").FillAsync("laoshan");
        await BrowserFixture.WaitForQueryAsync(page, "q", "laoshan");
        await Assertions.Expect(page.Locator("#spelled-as")).ToContainTextAsync("崂山");
        await Assertions.Expect(page.Locator(".hit mark").First).ToHaveTextAsync("崂山");
        await page.Locator("#q").BlurAsync(); // the box loses focus and closes its suggestions
        await Assertions.Expect(page.Locator("#suggestions")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#q")).ToHaveValueAsync("laoshan");
        await BrowserFixture.ScreenshotAsync(page, "pinyin");
    }

    [BrowserFact]
    public async Task A_query_in_traditional_characters_marks_the_articles_simplified_characters()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/?q={Uri.EscapeDataString("營商環境")}");

        await Assertions.Expect(page.Locator(".hit").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".hit .snippet mark, .hit mark").First).ToHaveTextAsync("营商环境");
        await BrowserFixture.ScreenshotAsync(page, "traditional");
    }

    [BrowserFact]
    public async Task An_article_lists_the_articles_most_like_it_and_one_opens_with_a_click()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/articles/000_13824d23c47df48b-1");

        var first = page.Locator(".related li a").First;
        await Assertions.Expect(first).ToHaveTextAsync("崂山区:“七个提质争先”为高质量发展蓄势聚能");
        await Assertions.Expect(page.Locator(".related li .shared").First).ToContainTextAsync("提质争先");
        await BrowserFixture.ScreenshotAsync(page, "related");

        await first.ClickAsync();
        await page.WaitForURLAsync("**/articles/001_01de4e52b08519b1-1");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("崂山区:“七个提质争先”为高质量发展蓄势聚能");
    }

    [BrowserFact]
    public async Task At_phone_width_the_page_fits_without_sideways_scrolling()
    {
        var page = await fixture.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true });
        await page.GotoAsync($"/?q={Shanghe}");

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");

        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the screen");
        await Assertions.Expect(page.Locator(".hit").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "phone");
    }

    [BrowserTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_shared_link_renders_results_and_facets_in_a_fresh_profile_with_javascript_on_or_off(bool javaScript)
    {
        var page = await fixture.NewPageAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript });

        await page.GotoAsync($"/?q={Uri.EscapeDataString("人工智能")}&district={Uri.EscapeDataString("崂山区")}");

        await Assertions.Expect(page.Locator(".hit mark").First).ToHaveTextAsync("人工智能");
        await Assertions.Expect(page.Locator("legend", new() { HasText = "区市" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("legend", new() { HasText = "年份" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "崂山区" })).ToBeCheckedAsync();
        // Without script, filters apply through the form's button; with it, as they are ticked.
        await Assertions.Expect(page.Locator(".apply")).ToBeVisibleAsync(new() { Visible = !javaScript });
        await BrowserFixture.ScreenshotAsync(page, javaScript ? "shared-link" : "no-javascript");
    }
}
