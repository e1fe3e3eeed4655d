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

        Assert.Contains("<caption>2024年各区市主要指标：目标与实际</caption>", html);
        Assert.Contains("<svg class=\"chart\"", html);
        Assert.Contains("<option value=\"2024\" selected>", html);
        Assert.Contains("href=\"/api/figures.csv?year=2024\"", html); // what the table shows, not the chart's indicator
        Assert.Contains("2024年各区市固定资产投资增速", html);
    }

    [Theory]
    [InlineData("indicator=火星指数", "indicator")]
    [InlineData("district=火星区", "district")]
    [InlineData("chart=pie", "chart")]
    [InlineData("measure=volume", "measure")]
    public async Task A_bad_parameter_is_a_400_page_naming_it(string query, string parameter)
    {
        var response = await _host.Client.GetAsync("/figures?" + query);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"{parameter}: ", html);
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
