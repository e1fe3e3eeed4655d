using System.Text.Json;

namespace Search.Host.Tests.Api;

/// <summary>Other names and "did you mean" through the real HTTP pipeline: the API's fields and the page's lines.</summary>
public sealed class SynonymsAndCorrectionsApiTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly RunningHost _host = fixture.Host;

    private Task<JsonElement> Json(string path, params (string, string)[] query) => _host.JsonAsync(path, query);

    private static List<string?> Ids(JsonElement body) => RunningHost.HitIds(body);

    [Fact]
    public async Task A_place_found_by_its_other_name_says_so()
    {
        var huangdao = await Json("/api/search", ("q", "黄岛"), ("size", "100"));
        var westCoast = await Json("/api/search", ("q", "西海岸新区"), ("size", "100"));

        Assert.NotEmpty(Ids(westCoast));
        Assert.Superset(Ids(westCoast).ToHashSet(), Ids(huangdao).ToHashSet());
        var synonyms = Assert.Single(huangdao.GetProperty("synonyms").EnumerateArray());
        Assert.Equal("黄岛", synonyms.GetProperty("term").GetString());
        Assert.Contains("西海岸新区", synonyms.GetProperty("names").EnumerateArray().Select(name => name.GetString()));
    }

    [Fact]
    public async Task A_slip_gets_did_you_mean_and_a_right_query_none()
    {
        var slip = await Json("/api/search", ("q", "营商环竟"));
        var right = await Json("/api/search", ("q", "营商环境"));

        Assert.Equal("营商环境", slip.GetProperty("didYouMean").GetString());
        Assert.Equal(JsonValueKind.Null, right.GetProperty("didYouMean").ValueKind);
    }

    [Fact]
    public async Task The_page_links_the_query_meant_keeping_the_filters()
    {
        var html = await (await _host.GetAsync("/", ("q", "崂山去"), ("year", "2024"))).Content.ReadAsStringAsync();

        Assert.Contains("您是不是要找：<a href=\"/?q=%E5%B4%82%E5%B1%B1%E5%8C%BA&amp;year=2024\">崂山区</a>", html);
    }

    [Fact]
    public async Task The_page_says_which_other_names_were_searched()
    {
        var html = await (await _host.GetAsync("/", ("q", "黄岛"))).Content.ReadAsStringAsync();

        Assert.Contains("id=\"synonyms\"", html);
        Assert.Contains("黄岛的其他名称 黄岛区、西海岸新区", html);
        Assert.Contains("<mark>西海岸新区</mark>", html);
    }
}
