using System.Net;

namespace Search.Host.Tests;

/// <summary>The figures page and the figure parts of the article page as HTML over HTTP (the browser tests cover them in Chromium).</summary>
public sealed class FiguresPageTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly RunningHost _host = fixture.Host;

    [Fact]
    public async Task The_page_holds_its_view_in_the_url_and_draws_the_chart_without_script()
    {
        var html = await _host.Client.GetStringAsync("/figures?year=2024&chart=districts&measure=growth&indicator=" + Uri.EscapeDataString("固定资产投资"));

        Assert.Contains("<caption>2024年各地主要指标：目标与实际</caption>", html);
        Assert.Contains("<svg class=\"chart\"", html);
        Assert.Contains("<option value=\"2024\" selected>", html);
        Assert.Contains("href=\"/api/figures.csv?year=2024\"", html); // what the table shows, not the chart's indicator
        Assert.Contains("2024年崂山区固定资产投资增速", html); // the one place with that figure
    }

    [Fact]
    public async Task Levels_of_a_place_whose_chain_set_no_targets_are_of_the_latest_year_the_index_holds_targets_for()
    {
        var targets = (await _host.JsonAsync("/api/figures", ("kind", "target"))).GetProperty("figures").EnumerateArray().ToList();
        var shinan = await _host.JsonAsync("/api/figures/levels", ("place", "市南区"));

        Assert.DoesNotContain(targets, figure => figure.GetProperty("place").GetProperty("name").GetString() is "市南区" or "青岛市" or "山东省" or "全国");
        Assert.Equal(targets.Max(figure => figure.GetProperty("year").GetInt32()), shinan.GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task The_headings_of_one_place_name_it()
    {
        var html = await _host.Client.GetStringAsync("/figures?year=2024&district=" + Uri.EscapeDataString("崂山区"));

        Assert.Contains("<caption>2024年崂山区主要指标：目标与实际</caption>", html);
        Assert.DoesNotContain("各区市", html);
    }

    [Theory]
    [InlineData("indicator=火星指数", "指标（indicator）：没有“火星指数”这项指标；可选：地区生产总值、")]
    [InlineData("district=火星区", "地区（district）：没有叫“火星区”的地区")]
    [InlineData("chart=pie", "比较（chart）：“pie”不是可选值（可选：districts、years、places-years）")]
    [InlineData("measure=volume", "口径（measure）：“volume”不是可选值")]
    [InlineData("year=1800", "年份（year）：“1800”不是")]
    public async Task A_bad_parameter_is_a_400_page_naming_it_in_chinese(string query, string message)
    {
        var response = await _host.Client.GetAsync("/figures?" + query);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(message), html);
        Assert.DoesNotContain("is not", html);
    }

    [Theory]
    [InlineData("GDP")]
    [InlineData("gdp")]
    [InlineData("生产总值")]
    public async Task GDP_and_the_reports_other_names_choose_their_indicator(string name)
    {
        var response = await _host.Client.GetAsync("/figures?year=2025&indicator=" + Uri.EscapeDataString(name));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2025年各地地区生产总值增速", html);
        Assert.Contains("<option value=\"地区生产总值\" selected>", html);
        var api = await _host.Client.GetAsync("/api/figures?indicator=" + Uri.EscapeDataString(name));
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Fact]
    public async Task A_year_names_the_places_with_a_report_of_it_and_those_without()
    {
        var html = await _host.Client.GetStringAsync("/figures?year=2025");

        Assert.Contains("2025年的目标出自2025年的政府工作报告，本库收录了2个地区的：胶州市、平度市；" +
            "其余8个没有2025年的报告：市南区、市北区、西海岸新区、崂山区、李沧区、城阳区、即墨区、莱西市。", html);
        Assert.Contains("2025年的实际数出自2026年的报告，本库还没有2026年的报告。", html);
    }

    [Fact]
    public async Task An_empty_cell_says_whether_the_report_lacks_the_indicator_or_the_corpus_lacks_the_report()
    {
        // 胶州市's 2025 report sets no 城镇新增就业 target; 平度市's does.
        var year = await _host.Client.GetStringAsync("/figures?year=2025");
        Assert.Contains("title=\"本库收录的胶州市2025年报告中没有这项指标\"><span aria-hidden=\"true\">—</span> <span class=\"reason\">未报告该指标</span>", year);

        // 崂山区 has no 2025 report (nor a 2026 one): its 2025 cell is empty for want of a report.
        var grid = await _host.Client.GetStringAsync("/figures?chart=places-years&indicator=" + Uri.EscapeDataString("地区生产总值"));
        Assert.Contains("title=\"本库没有崂山区2025年的报告（目标），也没有2026年的报告（实际）\"><span aria-hidden=\"true\">—</span> <span class=\"reason\">该年无报告</span>", grid);
    }

    [Fact]
    public async Task A_figure_shows_the_name_its_report_gives_it_where_that_is_not_the_indicator_s()
    {
        var html = await _host.Client.GetStringAsync("/figures?year=2025");

        // 平度市 counts 新增城乡就业 (town and country), shown under 城镇新增就业.
        Assert.Contains("<span class=\"kind\">目标</span> 1.5万人以上</a><span class=\"as-written\">原文：新增城乡就业</span>", html);
        // 一般公共预算收入 is written as it is named: nothing added.
        Assert.DoesNotContain("原文：一般公共预算收入", html);
    }

    [Fact]
    public async Task An_article_lists_its_figures_and_marks_the_sentence_of_the_one_asked_for()
    {
        var plain = await _host.Client.GetStringAsync("/articles/003_3f2e752e9eca7191-2");
        Assert.Contains("本文关键指标", plain);
        Assert.DoesNotContain("id=\"figure\"", plain);

        var marked = await _host.Client.GetStringAsync("/articles/003_3f2e752e9eca7191-2?figure=abc");
        Assert.DoesNotContain("id=\"figure\"", marked); // a figure that is not there marks nothing, and is no error
    }
}
