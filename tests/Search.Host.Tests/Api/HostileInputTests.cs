using System.Net;
using System.Text.Json;

namespace Search.Host.Tests.Api;

/// <summary>Whatever a client sends, the search endpoint answers 200 or 400 with JSON, and the figures endpoints and pages 200 or 400: never a 5xx.</summary>
public sealed class HostileInputTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    public static TheoryData<string> QueryStrings => new(
        "q=%22", "q=%22%22%22", "q=OR", "q=NOT", "q=-", "q=--%E4%B8%8A", "q=(((", "q=)", "q=%E4%B8%8A%E5%90%88%20OR%20OR",
        "q=%27%3B%20DROP%20TABLE%20articles%3B--", "q=1%27%20OR%20%271%27%3D%271", "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "q=%00%01%1F%7F", "q=%E2%80%8B%E2%80%8C%EF%BB%BF", "q=%F0%9F%98%80%F0%9F%98%80", "q=%ED%A0%80", "q=%FF%FE",
        "q=%", "q=%zz", "q=%E4%B8", "q=district:", "q=year:..", "q=year:99999..0", "q=title:", "q=title:%22",
        "q=" + new string('a', 5000), "q=" + string.Concat(Enumerable.Repeat("%E6%B8%AF", 5000)),
        "q=" + string.Concat(Enumerable.Repeat("xian", 120)) + "q", "q=" + string.Join("%20", Enumerable.Repeat("xianxian", 60)),
        "q=" + string.Concat(Enumerable.Repeat("%E5%8D%80", 400)),
        "district=%00", "year=%F0%9F%98%80", "page=-1", "page=99999999999999999999", "size=1e3", "sort=%00",
        "q&q&q", "q=a&q=b", "page=1&page=2", "district=" + string.Join("&district=", Enumerable.Repeat("%E5%B4%82%E5%B1%B1", 30)));

    [Theory]
    [MemberData(nameof(QueryStrings))]
    public async Task Never_a_server_error_always_json(string queryString)
    {
        var response = await fixture.Host.Client.GetAsync("/api/search?" + queryString);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode} for {queryString[..Math.Min(60, queryString.Length)]}");
        Assert.EndsWith("json", response.Content.Headers.ContentType!.MediaType);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("xianxianxianxianxianxianxianxianxianxianxianxianxianxianxianxianxianxianxianxianq")]
    [InlineData("shishishishishishishishishishishishishishishishi")]
    [InlineData("lllllllllllllllllllllllllllllll")]
    [InlineData("z")]
    public async Task Suggestions_for_any_latin_prefix_are_json(string prefix)
    {
        var response = await fixture.Host.Client.GetAsync("/api/suggest?q=" + prefix);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    public static TheoryData<string, string> FigureRequests => new()
    {
        { "/api/figures", "indicator=%00" }, { "/api/figures", "kind=%F0%9F%98%80" }, { "/api/figures", "year=99999999999999999999" },
        { "/api/figures", "indicator=" + string.Join("&indicator=", Enumerable.Repeat("GDP", 30)) }, { "/api/figures", "kind=target&kind=result" },
        { "/api/figures.csv", "district=%zz" }, { "/api/figures.csv", "indicator=" + new string('a', 5000) },
        { "/figures", "year=%00" }, { "/figures", "chart=%3Cscript%3E" }, { "/figures", "measure=&chart=&year=&district=&indicator=" },
        { "/articles/001_01de4e52b08519b1-1", "figure=-1" }, { "/articles/001_01de4e52b08519b1-1", "figure=99999999999999999999" },
    };

    [Theory]
    [MemberData(nameof(FigureRequests))]
    public async Task The_figures_endpoints_and_pages_never_answer_with_a_server_error(string path, string queryString)
    {
        var response = await fixture.Host.Client.GetAsync(path + "?" + queryString);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode} for {path}?{queryString[..Math.Min(60, queryString.Length)]}");
    }
}
