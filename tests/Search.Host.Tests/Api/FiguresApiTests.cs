using System.Net;
using System.Text;
using System.Text.Json;

namespace Search.Host.Tests.Api;

public sealed class FiguresApiTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly RunningHost _host = fixture.Host;

    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Figures_are_filtered_by_district_year_indicator_and_kind_with_the_sentence_marked()
    {
        var response = await _host.GetAsync("/api/figures", ("district", "崂山"), ("year", "2023"), ("indicator", "地区生产总值"), ("kind", "result"));
        var body = await Json(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var figures = body.GetProperty("figures").EnumerateArray().ToList();
        Assert.Equal(2, body.GetProperty("total").GetInt32());
        Assert.Equal([("growth", 7m, "%"), ("amount", 1150.89m, "亿元")],
            figures.Select(f => (f.GetProperty("measure").GetString(), f.GetProperty("value").GetDecimal(), f.GetProperty("unit").GetString())));
        var growth = figures[0];
        Assert.Equal(("崂山区", 2023, "result", "地区生产总值"), (growth.GetProperty("district").GetString(), growth.GetProperty("year").GetInt32(),
            growth.GetProperty("kind").GetString(), growth.GetProperty("indicator").GetString()));
        Assert.Equal("001_01de4e52b08519b1-1", growth.GetProperty("articleId").GetString());
        Assert.Contains("1150.89亿元,<mark>增长7%</mark>;", growth.GetProperty("sentenceHtml").GetString());
    }

    [Fact]
    public async Task Each_figure_says_where_it_stands_in_its_articles_body()
    {
        var figure = (await Json(await _host.GetAsync("/api/figures", ("district", "胶州市"), ("year", "2025")))).GetProperty("figures")[0];
        var article = await Json(await _host.GetAsync($"/api/articles/{figure.GetProperty("articleId").GetString()}"));
        var body = article.GetProperty("body").GetString()!;

        int At(string name) => figure.GetProperty(name).GetInt32();
        Assert.Equal("生产总值增长5.6%", body[At("figureStart")..At("figureEnd")]);
        Assert.Equal(figure.GetProperty("sentence").GetString(), body[At("sentenceStart")..At("sentenceEnd")]);
    }

    [Fact]
    public async Task A_relation_figure_has_no_value_and_says_the_relation()
    {
        var body = await Json(await _host.GetAsync("/api/figures", ("district", "平度"), ("year", "2025"), ("indicator", "居民人均可支配收入")));
        var figure = Assert.Single(body.GetProperty("figures").EnumerateArray());

        Assert.Equal(JsonValueKind.Null, figure.GetProperty("value").ValueKind);
        Assert.Equal("与经济增长同步", figure.GetProperty("qualifier").GetString());
    }

    [Theory]
    [InlineData("indicator", "火星指数", "not an indicator")]
    [InlineData("district", "火星区", "is not a place")]
    [InlineData("place", "火星区", "is not a place")]
    [InlineData("place", "朝阳区", "110105")]
    [InlineData("kind", "wish", "target, result")]
    [InlineData("year", "20x4", "not a year")]
    public async Task An_unknown_value_is_a_400_naming_the_parameter(string name, string value, string rule)
    {
        foreach (var path in new[] { "/api/figures", "/api/figures.csv" })
        {
            var response = await _host.GetAsync(path, (name, value));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            Assert.Contains(rule, (await Json(response)).GetProperty("errors").GetProperty(name)[0].GetString());
        }
    }

    [Fact]
    public async Task Filters_nothing_passes_give_an_empty_list_not_an_error()
    {
        var body = await Json(await _host.GetAsync("/api/figures", ("district", "市南区"), ("year", "2030")));

        Assert.Equal(0, body.GetProperty("total").GetInt32());
        Assert.Empty(body.GetProperty("figures").EnumerateArray());
    }

    [Fact]
    public async Task The_csv_is_utf8_with_a_byte_order_mark_and_one_row_per_figure()
    {
        var response = await _host.GetAsync("/api/figures.csv", ("district", "胶州市"), ("year", "2025"));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("district,year,kind,indicator,label,measure,value,unit,qualifier,article_id", lines[0]);
        Assert.Equal(7, lines.Length); // the header and 胶州市's six targets for 2025
        Assert.StartsWith("胶州市,2025,target,地区生产总值,生产总值,growth,5.6,%,,", lines[1]);
        Assert.Contains(",\"会上所作的政府工作报告中提出,2025年,", lines[1]); // a cell with commas is quoted
    }
}
