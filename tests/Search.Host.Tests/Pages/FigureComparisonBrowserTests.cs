using Microsoft.Playwright;
using Search.Tests;

namespace Search.Host.Tests.Pages;

/// <summary>
/// The figures page's comparisons in real Chromium, over 崂山区's reports of 2024 and 2025 and the
/// 2025 reports of 青岛市, 山东省 and the State Council: a year's targets met or missed, and one
/// place's targets beside its governments' above.
/// </summary>
public sealed class FigureComparisonBrowserTests : IAsyncLifetime
{
    private BrowserFixture _browser = null!;

    public async Task InitializeAsync() =>
        _browser = await BrowserFixture.OverCorpusAsync(async corpus =>
        {
            foreach (var (name, text) in ConstructedReports.Files)
                await File.WriteAllTextAsync(Path.Combine(corpus, name), text);
        });

    public Task DisposeAsync() => _browser.DisposeAsync();

    [BrowserFact]
    public async Task A_year_s_targets_show_met_or_missed_and_a_value_opens_its_sentence()
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync("/figures?year=2024&place=崂山区");

        var table = page.Locator(".outcome-table").First;
        await Assertions.Expect(table.Locator("caption")).ToHaveTextAsync("2024年目标完成情况");
        await Assertions.Expect(table.Locator("td.verdict")).ToHaveTextAsync(["达成", "未达成", "不可比（目标无数值）", "达成"]);
        await BrowserFixture.ScreenshotAsync(table, "figure-outcomes");
        await Accessibility.AssertNoViolationsAsync(page);

        await table.Locator("tbody tr").Nth(1).Locator("td a").Last.ClickAsync();
        await Assertions.Expect(page.Locator("mark").First).ToContainTextAsync("一般公共预算收入");
    }

    [BrowserFact]
    public async Task One_place_s_targets_stand_beside_its_city_s_province_s_and_the_nation_s()
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync("/figures?year=2025&place=崂山区");

        var table = page.Locator(".levels");
        await Assertions.Expect(table.Locator("thead th")).ToHaveTextAsync(["指标", "崂山区", "青岛市", "山东省", "全国"]);
        await Assertions.Expect(table.Locator("tbody tr").First.Locator("td")).ToHaveTextAsync(["6%左右", "5.5%左右（崂山区+0.5）", "5%以上（崂山区+1）", "5%左右（崂山区+1）"]);
        await BrowserFixture.ScreenshotAsync(table, "figure-levels");
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
