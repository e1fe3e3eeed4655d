using System.Net;

namespace Search.Host.Tests.Pages;

/// <summary>The terms page as served HTML: its sections, its links and its errors.</summary>
public sealed class TermsPageTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly RunningHost _host = fixture.Host;

    [Fact]
    public async Task A_place_and_year_show_its_new_rising_fading_and_distinctive_terms_each_linking_to_search_and_trend()
    {
        var response = await _host.GetAsync("/terms", ("place", "崂山区"), ("year", "2024"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h2>崂山区2024年的新词</h2>", html);
        Assert.Contains("<h2>崂山区2024年用得更多和更少的词</h2>", html);
        Assert.Contains("<h2>崂山区2024年的特色词</h2>", html);
        Assert.Contains("href=\"/?q=%E6%8F%90%E8%B4%A8%E4%BA%89%E5%85%88&amp;district=%E5%B4%82%E5%B1%B1%E5%8C%BA&amp;year=2024\">提质争先</a>", html);
        Assert.Contains("href=\"/terms?place=%E5%B4%82%E5%B1%B1%E5%8C%BA&amp;year=2024&amp;q=%E6%8F%90%E8%B4%A8%E4%BA%89%E5%85%88#trend\"", html);
    }

    [Fact]
    public async Task A_trend_is_drawn_tabled_and_offered_as_csv()
    {
        var html = await _host.Client.GetStringAsync("/terms?place=%E5%B4%82%E5%B1%B1%E5%8C%BA&q=%E6%8F%90%E8%B4%A8%E4%BA%89%E5%85%88");

        Assert.Contains("<svg class=\"term-chart\"", html);
        Assert.Contains("<title>崂山区 2024年：23次，2篇，每万字31.54次</title>", html);
        Assert.Contains("href=\"/api/terms/trend.csv?q=%E6%8F%90%E8%B4%A8%E4%BA%89%E5%85%88&amp;place=370212\"", html);
    }

    [Fact]
    public async Task A_year_the_place_has_no_report_of_shows_its_latest_and_says_so()
    {
        // 胶州市's reports on the five pages are of 2023 and 2025: a form's 2024 kept while the place changed.
        var html = await _host.Client.GetStringAsync("/terms?place=%E8%83%B6%E5%B7%9E%E5%B8%82&year=2024&from=2023&against=all");

        Assert.Contains("索引中没有胶州市2024年的报告，下面是2025年的。", html);
        Assert.Contains("<h2>胶州市2025年的新词</h2>", html);
        // The form keeps what the address had beyond its fields.
        Assert.Contains("<input type=\"hidden\" name=\"from\" value=\"2023\">", html);
        Assert.Contains("<input type=\"hidden\" name=\"against\" value=\"all\">", html);
    }

    [Fact]
    public async Task Every_page_links_to_the_terms_page()
    {
        foreach (var path in new[] { "/", "/figures", "/help", "/terms" })
            Assert.Contains("<a href=\"/terms\">用词变化</a>", await _host.Client.GetStringAsync(path));
    }

    [Fact]
    public async Task A_bad_address_is_a_400_page_saying_what_is_wrong()
    {
        var response = await _host.GetAsync("/terms", ("place", "火星区"), ("year", "20x4"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("没有叫“火星区”的地区", html);
        Assert.Contains("年份（year）：", html);
    }
}
