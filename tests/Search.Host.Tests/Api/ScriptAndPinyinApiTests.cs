using System.Text.Json;

namespace Search.Host.Tests.Api;

/// <summary>Traditional characters and pinyin through the real HTTP pipeline: search, suggest and the page.</summary>
public sealed class ScriptAndPinyinApiTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly RunningHost _host = fixture.Host;

    private Task<JsonElement> Json(string path, params (string, string)[] query) => _host.JsonAsync(path, query);

    private static List<string?> Ids(JsonElement body) => RunningHost.HitIds(body);

    [Fact]
    public async Task A_traditional_query_answers_as_the_simplified_one()
    {
        var simplified = await Json("/api/search", ("q", "崂山区 营商环境"));
        var traditional = await Json("/api/search", ("q", "嶗山區 營商環境"));

        Assert.NotEmpty(Ids(simplified));
        Assert.Equal(Ids(simplified), Ids(traditional));
        var snippets = string.Join('|', traditional.GetProperty("hits")[0].GetProperty("snippets").EnumerateArray().Select(snippet => snippet.GetProperty("html").GetString()));
        Assert.Contains("<mark>营商环境</mark>", snippets);
    }

    [Fact]
    public async Task A_pinyin_query_says_what_it_was_read_as()
    {
        var body = await Json("/api/search", ("q", "laoshan"));

        Assert.NotEmpty(Ids(body));
        Assert.Contains("崂山", body.GetProperty("spelledAs")[0].EnumerateArray().Select(text => text.GetString()));
        Assert.Empty((await Json("/api/search", ("q", "崂山"))).GetProperty("spelledAs").EnumerateArray());
    }

    [Theory]
    [InlineData("laos", "崂山区")]
    [InlineData("lsq", "崂山区")]
    [InlineData("jzs", "胶州市")]
    [InlineData("yshj", "营商环境")]
    public async Task Suggestions_complete_pinyin_to_chinese(string typed, string expected)
    {
        var suggestions = (await Json("/api/suggest", ("q", typed))).GetProperty("suggestions").EnumerateArray()
            .Select(suggestion => suggestion.GetProperty("text").GetString()).ToList();

        Assert.Contains(expected, suggestions);
        if (expected.EndsWith('区') || expected.EndsWith('市'))
            Assert.Equal(expected, suggestions[0]);
    }

    [Fact]
    public async Task The_search_page_shows_what_a_pinyin_query_was_read_as()
    {
        var html = await (await _host.GetAsync("/", ("q", "laoshan"))).Content.ReadAsStringAsync();

        Assert.Contains("id=\"spelled-as\"", html);
        Assert.Contains("崂山", html);
        Assert.Contains("<mark>崂山</mark>", html);
    }
}
