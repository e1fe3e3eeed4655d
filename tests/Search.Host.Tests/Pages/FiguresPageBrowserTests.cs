using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Search.Host.Tests.Pages;

/// <summary>The key figures page in real Chromium: the table, the chart, and a cell opening its sentence.</summary>
public sealed class FiguresPageBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task The_table_shows_targets_beside_results_and_a_cell_opens_the_article_at_its_sentence()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "关键指标" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/figures$"));

        // The newest year first: 2025, 胶州市 and 平度市.
        var table = page.Locator(".figure-table");
        await Assertions.Expect(table.Locator("caption")).ToContainTextAsync("2025年");
        await Assertions.Expect(table.Locator("tbody th")).ToHaveTextAsync(["胶州市", "平度市"]);
        var gdp = table.Locator("tbody tr:has(th:text('胶州市')) td").First;
        await Assertions.Expect(gdp).ToContainTextAsync("目标 5.6%");
        await Assertions.Expect(page.Locator("svg.chart rect.bar")).ToHaveCountAsync(2);
        await BrowserFixture.ScreenshotAsync(page, "figures");

        await gdp.Locator("a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/articles/003_3f2e752e9eca7191-1\\?figure=\\d+#figure$"));
        var sentence = page.Locator("mark#figure");
        await Assertions.Expect(sentence).ToContainTextAsync("生产总值增长5.6%");
        await Assertions.Expect(sentence).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator(".article-figures li")).ToHaveCountAsync(6);
        await BrowserFixture.ScreenshotAsync(page, "figure-sentence");
    }

    [BrowserFact]
    public async Task A_year_with_both_targets_and_results_draws_them_side_by_side_across_districts_and_years()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/figures?year=2023&indicator=" + Uri.EscapeDataString("地区生产总值") + "&chart=years&district=" + Uri.EscapeDataString("崂山区"));

        await Assertions.Expect(page.Locator(".figure-chart h2")).ToHaveTextAsync("崂山区历年地区生产总值增速");
        // 2023 reached 7% (reported in 2024), 2024's target was 6.5%左右.
        await Assertions.Expect(page.Locator("svg.chart text.group")).ToHaveTextAsync(["2023", "2024"]);
        await Assertions.Expect(page.Locator("svg.chart rect.bar.result title")).ToHaveTextAsync(["实际 7%"]);
        await Assertions.Expect(page.Locator("svg.chart rect.bar.target title")).ToHaveTextAsync(["目标 6.5%左右"]);

        await page.SelectOptionAsync("select[name=chart]", "districts");
        await page.SelectOptionAsync("select[name=year]", "2024");
        await page.SelectOptionAsync("select[name=place]", "");
        await page.ClickAsync("button.apply-figures");
        await Assertions.Expect(page.Locator(".figure-chart h2")).ToHaveTextAsync("2024年崂山区地区生产总值增速");
        await Assertions.Expect(page.Locator("svg.chart text.group")).ToHaveTextAsync(["崂山区"]);
    }

    [BrowserFact]
    public async Task Filters_nothing_passes_give_an_empty_table_with_a_sentence_saying_so()
    {
        var page = await fixture.NewPageAsync();
        var response = await page.GotoAsync("/figures?year=2030");

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator(".figure-table td.empty")).ToHaveTextAsync("没有找到2030年符合条件的关键指标。");
    }
}
