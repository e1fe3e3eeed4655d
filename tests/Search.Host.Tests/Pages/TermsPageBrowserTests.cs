using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Search.Tests;

namespace Search.Host.Tests.Pages;

/// <summary>
/// The terms page in real Chromium over the five pages and the State Council's reports of 2005–2014:
/// a year's new terms, rising and fading, a term's trend drawn across years and places.
/// </summary>
public sealed class TermsPageBrowserTests : IAsyncLifetime
{
    private BrowserFixture _browser = null!;

    public async Task InitializeAsync() =>
        _browser = await BrowserFixture.OverCorpusAsync(corpus =>
        {
            foreach (var page in Directory.GetFiles(RepositoryRoot.Combine("corpus"), "*.txt"))
                File.Copy(page, Path.Combine(corpus, Path.GetFileName(page)));
            foreach (var year in Enumerable.Range(2005, 10))
                File.Copy(Path.Combine(RealReports.Pages, $"{year}年国务院政府工作报告.txt"), Path.Combine(corpus, $"{year}.txt"));
            return Task.CompletedTask;
        });

    public Task DisposeAsync() => _browser.DisposeAsync();

    [BrowserFact]
    public async Task A_reader_finds_a_years_new_terms_and_follows_one_to_its_trend()
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "用词变化" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/terms$"));

        await page.SelectOptionAsync("select[name=place]", "000000");
        await page.ClickAsync("button.apply-terms");
        await page.SelectOptionAsync("select[name=year]", "2009");
        await page.ClickAsync("button.apply-terms");
        await Assertions.Expect(page.Locator("#new h2")).ToHaveTextAsync("全国2009年的新词");
        // 2009: the world financial crisis, first named in this report (read in the report of 2009; none of 2005–2008 has it).
        var crisis = page.Locator("#new tbody tr").Filter(new() { HasText = "国际金融危机" });
        await Assertions.Expect(crisis.Locator("td").Nth(4)).ToHaveTextAsync("2009年 全国");
        await Assertions.Expect(page.Locator("#changes .term-pair table")).ToHaveCountAsync(2);

        await crisis.GetByRole(AriaRole.Link, new() { Name = "走势" }).ClickAsync();
        await Assertions.Expect(page.Locator("#trend h2")).ToHaveTextAsync("“国际金融危机”的走势");
        await Assertions.Expect(page.Locator("svg.term-chart .series-0 circle")).ToHaveCountAsync(10);

        await page.SelectOptionAsync("select[name=vs]", "370212");
        await page.ClickAsync("button.apply-terms");
        await Assertions.Expect(page.Locator("svg.term-chart g.series-1 circle")).ToHaveCountAsync(2); // 崂山区's years on the five pages: 2023 and 2024
        await Assertions.Expect(page.Locator(".term-figure .legend")).ToHaveTextAsync(["全国", "崂山区"]);
        await BrowserFixture.ScreenshotAsync(page, "terms");

        // A term leads to the search that finds it, in the view's place and year.
        await page.Locator("#new tbody a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]year=2009"));
        await Assertions.Expect(page.Locator(".hit-list > li").First).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task An_articles_timeline_links_to_its_places_terms()
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync("/articles/001_01de4e52b08519b1-1");
        await page.GetByRole(AriaRole.Link, new() { Name = "崂山区2024年的用词变化：新词、升降与特色词" }).ClickAsync();

        await Assertions.Expect(page.Locator("#distinctive h2")).ToHaveTextAsync("崂山区2024年的特色词");
        await Assertions.Expect(page.Locator("#distinctive tbody").GetByRole(AriaRole.Link, new() { Name = "提质争先", Exact = true })).ToHaveCountAsync(1);
    }
}
