using System.Net;
using System.Text;
using System.Text.Json;
using Search.Tests;

namespace Search.Host.Tests;

/// <summary>
/// Targets met or missed, and targets across levels, in the API and on <c>/figures</c>: 崂山区's
/// reports of 2024 (targets) and 2025 (their results, and new targets), and the 2025 reports of
/// 青岛市, 山东省 and the State Council.
/// </summary>
public sealed class FigureComparisonTests() : PagesHost(ConstructedReports.Files)
{
    [Fact]
    public async Task Each_target_of_a_year_stands_beside_its_result_with_the_verdict_and_the_rule()
    {
        var response = await Host.GetAsync("/api/figures/outcomes", ("place", "崂山区"), ("year", "2024"));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("左右", body.GetProperty("rules").GetString());
        var outcomes = body.GetProperty("outcomes").EnumerateArray().ToList();
        Assert.Equal([("地区生产总值", "met"), ("一般公共预算收入", "missed"), ("居民人均可支配收入", "not_comparable"), ("城镇调查失业率", "met")],
            outcomes.Select(o => (o.GetProperty("indicator").GetString(), o.GetProperty("verdict").GetString())));
        var gdp = outcomes[0];
        Assert.Equal((6.5m, 6.1m, -0.4m), (gdp.GetProperty("target").GetProperty("value").GetDecimal(), gdp.GetProperty("result").GetProperty("value").GetDecimal(),
            gdp.GetProperty("difference").GetDecimal()));
        Assert.Equal(("370212", "county"), (gdp.GetProperty("place").GetProperty("code").GetString(), gdp.GetProperty("place").GetProperty("level").GetString()));
    }

    [Fact]
    public async Task A_target_without_a_result_yet_has_no_verdict_and_the_csv_says_the_same()
    {
        var body = JsonDocument.Parse(await Host.Client.GetStringAsync("/api/figures/outcomes?place=崂山区&year=2025")).RootElement;
        var csv = Encoding.UTF8.GetString(await Host.Client.GetByteArrayAsync("/api/figures/outcomes.csv?place=崂山区"));

        var pending = Assert.Single(body.GetProperty("outcomes").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, pending.GetProperty("verdict").ValueKind);
        Assert.Equal(JsonValueKind.Null, pending.GetProperty("result").ValueKind);
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("place,place_code,place_level,year,indicator,measure,target,", lines[0]);
        Assert.Equal(5, lines.Length - 1);
        Assert.Contains(lines, line => line.StartsWith("崂山区,370212,county,2024,一般公共预算收入,growth,6,,%,,5,%,false,missed,-1,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_filter_is_a_400_naming_it()
    {
        var response = await Host.GetAsync("/api/figures/outcomes", ("indicator", "火星指数"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("indicator", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_figures_page_shows_the_year_s_targets_met_or_missed_and_the_rule()
    {
        var html = await Host.Client.GetStringAsync("/figures?year=2024&place=崂山区");

        Assert.Contains("2024年目标完成情况", html);
        Assert.Contains("<td class=\"verdict met\">达成</td>", html);
        Assert.Contains("<td class=\"verdict missed\">未达成</td>", html);
        Assert.Contains("不可比（目标无数值）", html);
        Assert.Contains("判定规则", html);
        var csv = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/api/figures/outcomes\\.csv\\?[^\"]*)\"").Groups[1].Value;
        Assert.Contains("year=2024", csv);
        Assert.Contains("&amp;district=", csv);
    }

    [Fact]
    public async Task A_place_s_targets_stand_beside_those_of_every_government_above_it()
    {
        var body = JsonDocument.Parse(await Host.Client.GetStringAsync("/api/figures/levels?place=崂山&year=2025")).RootElement;

        Assert.Equal(["崂山区", "青岛市", "山东省", "全国"], body.GetProperty("chain").EnumerateArray().Select(place => place.GetProperty("name").GetString()));
        var gdp = body.GetProperty("rows")[0];
        Assert.Equal(("地区生产总值", "growth"), (gdp.GetProperty("indicator").GetString(), gdp.GetProperty("measure").GetString()));
        Assert.Equal([6m, 5.5m, 5m, 5m], gdp.GetProperty("targets").EnumerateArray().Select(target => target.GetProperty("value").GetDecimal()));
        Assert.Equal([0m, 0.5m, 1m, 1m], gdp.GetProperty("differences").EnumerateArray().Select(difference => difference.GetDecimal()));
        Assert.Equal("370000", gdp.GetProperty("targets")[2].GetProperty("place").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Levels_without_a_year_take_the_latest_the_place_set_targets_for_and_the_csv_has_a_line_per_government()
    {
        var body = JsonDocument.Parse(await Host.Client.GetStringAsync("/api/figures/levels?place=370212")).RootElement;
        var csv = Encoding.UTF8.GetString(await Host.Client.GetByteArrayAsync("/api/figures/levels.csv?place=崂山区&year=2025")).TrimStart('\uFEFF');

        Assert.Equal(2025, body.GetProperty("year").GetInt32());
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3 * 4, lines.Length - 1);
        Assert.Contains("崂山区,2025,地区生产总值,growth,青岛市,370200,city,5.5,,%,左右,0.5,", lines[2]);
    }

    [Theory]
    [InlineData("/api/figures/levels", "place")]
    [InlineData("/api/figures/levels?place=崂山区&place=青岛市", "place")]
    [InlineData("/api/figures/levels?place=火星区", "place")]
    [InlineData("/api/figures/levels?place=崂山区&year=20x5", "year")]
    public async Task Levels_need_one_known_place_and_say_which_parameter_is_wrong(string url, string parameter)
    {
        var response = await Host.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{parameter}\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_figures_page_of_one_place_compares_its_targets_with_its_governments_above()
    {
        var html = await Host.Client.GetStringAsync("/figures?year=2025&place=崂山区");

        Assert.Contains("2025年各级目标对比：崂山区 › 青岛市 › 山东省 › 全国", html);
        Assert.Contains("（崂山区+0.5）", html);
        Assert.Contains("（崂山区+1）", html);
        Assert.Contains("href=\"/api/figures/levels.csv?place=370212&amp;year=2025\"", html);
    }

    [Fact]
    public async Task Figures_filter_by_level_and_an_unknown_level_is_a_400_naming_it()
    {
        var provinces = JsonDocument.Parse(await Host.Client.GetStringAsync("/api/figures?level=province")).RootElement;
        var bad = await Host.Client.GetAsync("/api/figures?level=planet");

        Assert.Equal(["山东省"], provinces.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("place").GetProperty("name").GetString()).Distinct());
        Assert.All(provinces.GetProperty("figures").EnumerateArray(), f => Assert.Equal("province", f.GetProperty("level").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"level\"", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_figures_page_keeps_to_the_levels_asked_for_and_a_year_given_twice_is_one_year()
    {
        var html = await Host.Client.GetStringAsync("/figures?year=2025&level=province");
        var levels = await Host.Client.GetAsync("/api/figures/levels?place=崂山区&year=2025&year=2025");

        var table = html[html.IndexOf("<table class=\"figure-table\"", StringComparison.Ordinal)..html.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.Contains("山东省", table);
        Assert.DoesNotContain("崂山区", table);
        Assert.Contains("level=province", html);
        Assert.Equal(HttpStatusCode.OK, levels.StatusCode);
    }
}
