using Microsoft.Playwright;
using Search.Tests;

namespace Search.Host.Tests.Pages;

/// <summary>
/// The place facet over a corpus spanning levels, in real Chromium: the five Qingdao pages with the
/// 2025 reports of 江苏 and 广西 and the State Council's of 2014. The top level present shows first,
/// each entry opening onto the places under it; selecting a place selects those under it too.
/// </summary>
public sealed class PlaceFacetBrowserTests : IAsyncLifetime
{
    private static readonly string[] Reports = ["2025年江苏省政府工作报告.txt", "2025年广西政府工作报告.txt", "2014年国务院政府工作报告.txt"];

    private BrowserFixture _browser = null!;

    public async Task InitializeAsync() =>
        _browser = await BrowserFixture.OverCorpusAsync(corpus =>
        {
            foreach (var page in Directory.GetFiles(RepositoryRoot.Combine("corpus"), "*.txt"))
                File.Copy(page, Path.Combine(corpus, Path.GetFileName(page)));
            foreach (var report in Reports)
                File.Copy(Path.Combine(RealReports.Pages, report), Path.Combine(corpus, report));
            return Task.CompletedTask;
        });

    public Task DisposeAsync() => _browser.DisposeAsync();

    private static ILocator TopLevel(IPage page) => page.Locator(".facets fieldset").First.Locator(":scope > .option .label");

    [BrowserFact]
    public async Task The_top_level_present_shows_first_and_each_entry_opens_onto_the_places_under_it()
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync("/");

        await Assertions.Expect(page.Locator(".facets legend").First).ToHaveTextAsync("地区");
        await Assertions.Expect(TopLevel(page)).ToHaveTextAsync(["全国", "江苏省", "山东省", "广西壮族自治区"]);
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "崂山区" })).Not.ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page.Locator(".facets"), "place-facet");

        await page.Locator(".facets summary", new() { HasText = "山东省以下" }).ClickAsync();
        await page.Locator(".facets summary", new() { HasText = "青岛市以下" }).ClickAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "崂山区" }).CheckAsync();
        await BrowserFixture.WaitForQueryAsync(page, "district", "崂山区");

        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("共 3 条结果");
        // Drill sideways: the other provinces keep their counts while 崂山区 is selected, and its branch stays open.
        await Assertions.Expect(TopLevel(page)).ToHaveTextAsync(["全国", "江苏省", "山东省", "广西壮族自治区"]);
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "崂山区" })).ToBeCheckedAsync();
        await BrowserFixture.ScreenshotAsync(page.Locator(".facets"), "place-facet-open");
    }

    [BrowserFact]
    public async Task Selecting_a_province_selects_every_place_under_it()
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "山东省" }).CheckAsync();
        await BrowserFixture.WaitForQueryAsync(page, "place", "山东省");

        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("共 9 条结果");
        await Assertions.Expect(page.Locator(".chips")).ToContainTextAsync("山东省");
    }

    [BrowserFact]
    public async Task A_roundup_filtered_by_a_district_shows_that_districts_paragraph_and_says_so()
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync($"/?q={Uri.EscapeDataString("营商环境")}&district={Uri.EscapeDataString("崂山区")}");

        var roundup = page.Locator(".hit", new() { HasText = "力争“开门红”" });
        await Assertions.Expect(roundup.Locator(".snippet-place").First).ToHaveTextAsync("崂山区");
        await Assertions.Expect(roundup.Locator(".snippet")).Not.ToContainTextAsync("营商环境");
        await BrowserFixture.ScreenshotAsync(roundup, "roundup-snippet");
    }
}
