using Microsoft.Playwright;
using Search.Tests;

namespace Search.Host.Tests.Pages;

/// <summary>
/// Reading across years in real Chromium: an article names the other coverage of its session and
/// shows its district's years; the search page, with one district selected, shows that district's
/// years and the trend of matches per year, each a click from narrowing the search.
/// </summary>
public sealed class AcrossYearsBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Laoshan2024 = "000_13824d23c47df48b-1";

    [BrowserFact]
    public async Task An_article_names_the_other_write_up_of_its_session_and_its_districts_years_lead_to_the_search_of_each()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/articles/{Laoshan2024}");

        var coverage = page.Locator(".coverage li a");
        await Assertions.Expect(coverage).ToHaveCountAsync(1);
        await Assertions.Expect(coverage).ToHaveTextAsync("崂山区:“七个提质争先”为高质量发展蓄势聚能");
        var timeline = page.Locator(".timeline");
        await Assertions.Expect(timeline.Locator("h2")).ToHaveTextAsync("崂山区历年报道");
        await Assertions.Expect(timeline.Locator(".year .label")).ToHaveTextAsync(["2023年 1篇", "2024年 2篇"]);
        await Assertions.Expect(timeline.Locator(".year.current .label")).ToHaveTextAsync("2024年 2篇");
        await Assertions.Expect(timeline.Locator(".this")).ToContainTextAsync("（本文）");
        await BrowserFixture.ScreenshotAsync(page.Locator(".read-on"), "across-years-article");

        await timeline.Locator(".year .label").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("district=.*year=2023"));
        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("共 1 条结果");
        await Assertions.Expect(page.Locator("#district-years .current")).ToContainTextAsync("2023年");
    }

    [BrowserFact]
    public async Task With_one_district_selected_its_years_and_the_trend_show_and_a_point_of_the_trend_narrows_to_its_year()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/?district=" + Uri.EscapeDataString("平度市"));

        await Assertions.Expect(page.Locator("#district-years li")).ToHaveTextAsync(["2023年 1", "2024年 1", "2025年 1"]);
        await Assertions.Expect(page.Locator("#trend .point")).ToHaveCountAsync(3);
        await BrowserFixture.ScreenshotAsync(page, "district-years");

        await page.Locator("#trend .point[data-year='2025']").ClickAsync();
        await BrowserFixture.WaitForQueryAsync(page, "year", "2025");
        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("共 1 条结果");
        await Assertions.Expect(page.Locator(".hit h2")).ToHaveTextAsync("集中力量 办成10件22项民生实事");
        // The year facet ignores its own filter: the trend and the row still show every year, 2025 marked.
        await Assertions.Expect(page.Locator("#trend .point.selected")).ToHaveAttributeAsync("data-year", "2025");
        await Assertions.Expect(page.Locator("#district-years .current")).ToContainTextAsync("2025年");
    }

    [BrowserFact]
    public async Task The_trend_is_drawn_for_a_query_over_several_years_and_not_for_one_year_or_without_a_district_row()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("提质"));
        await Assertions.Expect(page.Locator("#trend .point")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#district-years")).ToHaveCountAsync(0); // no district selected
        await BrowserFixture.ScreenshotAsync(page, "trend");

        await page.GotoAsync("/?q=" + Uri.EscapeDataString("七个提质争先"));
        await Assertions.Expect(page.Locator(".hit").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#trend")).ToHaveCountAsync(0);
    }
}

/// <summary>A corpus holding the same page twice: each of its articles is shown once, naming the other printing, and counted once.</summary>
public sealed class CopiesBrowserTests : IAsyncLifetime
{
    private BrowserFixture _browser = null!;

    public async Task InitializeAsync() => _browser = await BrowserFixture.OverCorpusAsync(corpus =>
    {
        foreach (var page in Directory.GetFiles(RepositoryRoot.Combine("corpus"), "*.txt"))
            File.Copy(page, Path.Combine(corpus, Path.GetFileName(page)));
        File.Copy(RepositoryRoot.Combine("corpus", "000_13824d23c47df48b.txt"), Path.Combine(corpus, "000_again.txt"));
        return Task.CompletedTask;
    });

    public Task DisposeAsync() => _browser.DisposeAsync();

    [BrowserFact]
    public async Task Each_article_of_the_page_is_one_result_with_the_other_printing_and_one_count()
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("提质争先"));

        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("共 2 条结果");
        await Assertions.Expect(page.Locator(".hit")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".hit .also-in")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".hit .also-in a")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^000_(again|13824d23c47df48b)\\.txt$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "崂山区" }).Locator("xpath=..").Locator(".count")).ToHaveTextAsync("2");
        await BrowserFixture.ScreenshotAsync(page, "also-in");

        await page.Locator(".hit .also-in a").ClickAsync();
        await Assertions.Expect(page.Locator("article .also-in a")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("崂山区：聚力做到“七个提质争先”");
    }
}
