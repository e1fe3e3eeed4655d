using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Playwright;

namespace Search.Host.Tests.Pages;

/// <summary>
/// The figures page's views as a reader sees them in Chromium, over the five starting pages: a place
/// across years whose table, chart and CSV agree; places × years of one indicator; chart labels
/// under their bars with their qualifiers; a phone's screen; the page's accessibility.
/// </summary>
public sealed class FigureViewsBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string Laoshan = Uri.EscapeDataString("崂山区");
    private static readonly string Gdp = Uri.EscapeDataString("地区生产总值");

    [BrowserFact]
    public async Task A_place_across_years_shows_a_table_a_chart_and_a_csv_of_the_same_years_and_values()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/figures?district={Laoshan}&chart=years&indicator={Gdp}");

        await Assertions.Expect(page.Locator(".figure-table caption")).ToHaveTextAsync("崂山区历年主要指标：目标与实际");
        await Assertions.Expect(page.Locator(".figure-table tbody th")).ToHaveTextAsync(["2023年", "2024年"]);
        await Assertions.Expect(page.Locator("svg.chart text.group")).ToHaveTextAsync(["2023", "2024"]);

        // Each bar says what the table's 地区生产总值 cell of its year says.
        var column = await ColumnOfAsync(page, "地区生产总值");
        foreach (var (year, row) in new[] { ("2023", 0), ("2024", 1) })
        {
            var cell = await page.Locator(".figure-table tbody tr").Nth(row).Locator("td").Nth(column).InnerTextAsync();
            var bars = await BarsOfGroupAsync(page, year);
            Assert.NotEmpty(bars);
            foreach (var bar in bars)
                Assert.Contains(bar, cell.Replace("\n", " ", StringComparison.Ordinal));
        }

        await AssertCsvIsTheTableAsync(page);
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [BrowserFact]
    public async Task Places_by_years_of_one_indicator_is_a_table_its_csv_repeats()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/figures?chart=places-years&indicator=GDP");

        await Assertions.Expect(page.Locator(".figure-table caption")).ToHaveTextAsync("各地区历年地区生产总值：目标与实际");
        await Assertions.Expect(page.Locator(".figure-table thead th")).ToHaveTextAsync(["地区", "2023年", "2024年", "2025年"]);
        await Assertions.Expect(page.Locator(".figure-table tbody th")).ToHaveCountAsync(10);
        var pingdu = page.Locator(".figure-table tbody tr:has(th:text-is('平度市')) td");
        await Assertions.Expect(pingdu).ToHaveTextAsync(["— 未报告该指标", "— 未报告该指标", "目标 5.5%以上"]);
        var laoshan = page.Locator(".figure-table tbody tr:has(th:text-is('崂山区')) td");
        await Assertions.Expect(laoshan.Nth(2)).ToHaveTextAsync("— 该年无报告");

        await AssertCsvIsTheTableAsync(page);
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [BrowserFact]
    public async Task Chart_labels_keep_their_qualifiers_and_sit_centred_under_their_bars()
    {
        var page = await fixture.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync($"/figures?year=2024&district={Laoshan}&chart=years&indicator={Gdp}");

        // 2024's target is 6.5%左右, 平度市's 2025 target 5.5%以上: the chart says so, not 6.5% and 5.5%.
        await Assertions.Expect(page.Locator("svg.chart text.value")).ToHaveTextAsync(["7%", "6.5%左右"]);
        await AssertLabelsUnderBarsAsync(page);

        await page.GotoAsync("/figures?year=2025&indicator=GDP");
        await Assertions.Expect(page.Locator("svg.chart text.value")).ToHaveTextAsync(["5.6%", "5.5%以上"]);
        await AssertLabelsUnderBarsAsync(page);
    }

    [BrowserFact]
    public async Task The_2024_table_keeps_its_right_border()
    {
        var page = await fixture.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync("/figures?year=2024");

        var edges = await page.EvaluateAsync<JsonElement>("""
            () => {
              const table = document.querySelector('.figure-table');
              const cells = [...table.querySelectorAll('tr')].map(row => row.lastElementChild);
              return {
                table: table.getBoundingClientRect().right,
                box: table.parentElement.getBoundingClientRect().right,
                cells: cells.map(cell => cell.getBoundingClientRect().right),
                borders: cells.map(cell => getComputedStyle(cell).borderRightWidth),
              };
            }
            """);

        var right = edges.GetProperty("table").GetDouble();
        Assert.True(right <= edges.GetProperty("box").GetDouble() + 0.5, "the table reaches beyond its box, its right edge out of sight");
        Assert.All(edges.GetProperty("cells").EnumerateArray(), cell => Assert.InRange(cell.GetDouble(), right - 1, right + 0.5));
        Assert.All(edges.GetProperty("borders").EnumerateArray(), border => Assert.Equal("1px", border.GetString()));
    }

    [BrowserFact]
    public async Task A_figure_link_lands_with_its_sentence_clear_of_the_top_edge()
    {
        var page = await fixture.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 700 } });
        await page.GotoAsync($"/figures?district={Laoshan}&chart=years");
        // 城镇新增就业 stands far down its article: the page must scroll to reach it.
        await page.Locator(".figure-table tbody tr").Nth(1).Locator("td").Last.Locator("a").ClickAsync();
        await page.WaitForURLAsync("**/articles/**#figure");

        var sentence = page.Locator("mark#figure");
        await Assertions.Expect(sentence).ToBeInViewportAsync();
        var scrolled = await page.EvaluateAsync<double>("() => window.scrollY");
        var top = await sentence.EvaluateAsync<double>("mark => mark.getBoundingClientRect().top");
        Assert.True(scrolled > 0, "the article did not scroll to the sentence, so its margin is not tested");
        Assert.True(top >= 48, $"the sentence is {top}px from the top edge");
    }

    [BrowserFact]
    public async Task On_a_phone_the_page_fits_tables_scroll_in_their_box_with_a_hint_and_district_names_stay_whole()
    {
        var page = await fixture.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 812 }, IsMobile = true });
        await page.GotoAsync("/figures?year=2025");

        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 375, $"the page is {width}px wide on a 375px screen");

        var box = page.Locator(".scroll:has(.figure-table)");
        var (inner, outer) = await box.EvaluateAsync<int[]>("box => [box.scrollWidth, box.clientWidth]") is [var s, var c] ? (s, c) : (0, 0);
        Assert.True(inner > outer, "the 2025 table fits a phone; this test needs one that does not");
        await Assertions.Expect(page.Locator(".scroll:has(.figure-table) + .scroll-hint")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".scroll:has(.figure-table) + .scroll-hint")).ToContainTextAsync("左右滑动");

        // 胶州市 on one line: its cell no taller than the line of text it holds.
        foreach (var name in new[] { "胶州市", "平度市" })
        {
            var (height, line) = await page.Locator($".figure-table tbody th:text-is('{name}')").EvaluateAsync<double[]>(
                "cell => { const range = document.createRange(); range.selectNodeContents(cell); return [range.getClientRects().length, parseFloat(getComputedStyle(cell).lineHeight)]; }") is [var rects, var lh] ? (rects, lh) : (0, 0);
            Assert.True(height == 1, $"{name} breaks over {height} lines (line height {line})");
        }
        await BrowserFixture.ScreenshotAsync(page, "phone-figures");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [BrowserFact]
    public async Task A_year_and_a_year_of_one_place_have_no_accessibility_violations()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/figures?year=2025");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync($"/figures?year=2024&district={Laoshan}");
        await Assertions.Expect(page.Locator(".outcome-table").First).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }

    /// <summary>The main table's column (among its td cells) headed <paramref name="heading"/>.</summary>
    private static async Task<int> ColumnOfAsync(IPage page, string heading) =>
        (await page.Locator(".figure-table thead th").AllTextContentsAsync()).ToList().IndexOf(heading) - 1;

    /// <summary>The values of a chart group's bars, as their titles give them ("目标 6.5%左右").</summary>
    private static Task<string[]> BarsOfGroupAsync(IPage page, string label) =>
        page.EvaluateAsync<string[]>("""
            label => {
              const group = [...document.querySelectorAll('svg.chart text.group')].find(text => text.textContent === label);
              const middle = group.getBBox().x + group.getBBox().width / 2;
              return [...document.querySelectorAll('svg.chart rect.bar')]
                .filter(bar => Math.abs(bar.getBBox().x + bar.getBBox().width / 2 - middle) < 60)
                .map(bar => bar.querySelector('title').textContent);
            }
            """, label);

    /// <summary>Each group's name centred under its bars, each value centred over its bar.</summary>
    private static async Task AssertLabelsUnderBarsAsync(IPage page)
    {
        var offsets = await page.EvaluateAsync<double[]>("""
            () => {
              const centre = element => { const box = element.getBoundingClientRect(); return box.left + box.width / 2; };
              const bars = [...document.querySelectorAll('svg.chart rect.bar')];
              const values = [...document.querySelectorAll('svg.chart text.value')];
              const offsets = values.map((value, i) => centre(value) - centre(bars[i]));
              for (const group of document.querySelectorAll('svg.chart text.group')) {
                const middle = centre(group);
                // The group's bars: those nearer its name than any other group's name.
                const names = [...document.querySelectorAll('svg.chart text.group')].map(centre);
                const own = bars.filter(bar => names.reduce((best, x) => Math.abs(x - centre(bar)) < Math.abs(best - centre(bar)) ? x : best) === middle);
                if (own.length > 0) offsets.push(middle - own.map(centre).reduce((a, b) => a + b) / own.length);
              }
              return offsets;
            }
            """);
        Assert.NotEmpty(offsets);
        Assert.All(offsets, offset => Assert.InRange(offset, -1.5, 1.5));
    }

    /// <summary>The table's CSV link returns exactly its figures: the same articles and places in them, no more, none fewer.</summary>
    private async Task AssertCsvIsTheTableAsync(IPage page)
    {
        var shown = (await page.Locator(".figure-table a.figure-value").EvaluateAllAsync<string[]>("links => links.map(link => link.getAttribute('href'))"))
            .Select(href => new Uri(fixture.Host.Client.BaseAddress!, href))
            .Select(uri => (Article: Uri.UnescapeDataString(uri.AbsolutePath["/articles/".Length..]),
                Start: int.Parse(QueryHelpers.ParseQuery(uri.Query)["figure"]!, CultureInfo.InvariantCulture)))
            .ToHashSet();
        var csvLink = await page.Locator(".downloads a", new() { HasText = "下载 CSV" }).First.GetAttributeAsync("href");
        var records = ParseCsv(await fixture.Host.Client.GetStringAsync(csvLink));
        var (article, start) = (records[0].IndexOf("article_id"), records[0].IndexOf("figure_start"));
        var rows = records.Skip(1).Select(fields => (Article: fields[article], Start: int.Parse(fields[start], CultureInfo.InvariantCulture))).ToList();

        Assert.NotEmpty(rows);
        Assert.Equal(shown.OrderBy(row => row), rows.Distinct().OrderBy(row => row));
    }

    /// <summary>The service's CSV as records: a field quoted when it holds a comma, a quote or a line break.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>> { new() };
        var field = new StringBuilder();
        var quoted = false;
        for (var i = text.StartsWith('\uFEFF') ? 1 : 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted && c == '"' && i + 1 < text.Length && text[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is ',' or '\n')
            {
                records[^1].Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                if (c == '\n')
                    records.Add([]);
            }
            else
            {
                field.Append(c);
            }
        }
        if (field.Length > 0)
            records[^1].Add(field.ToString());
        return [.. records.Where(record => record.Count > 0)];
    }
}
