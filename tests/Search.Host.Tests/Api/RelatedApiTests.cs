using System.Net;
using System.Text.Json;

namespace Search.Host.Tests.Api;

/// <summary><c>GET /api/articles/{id}/related</c> and the article page's related list, through the real pipeline.</summary>
public sealed class RelatedApiTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private const string Laoshan = "000_13824d23c47df48b-1";
    private readonly RunningHost _host = fixture.Host;

    [Fact]
    public async Task Lists_the_articles_most_like_one_with_their_district_year_and_shared_words()
    {
        var response = await _host.GetAsync($"/api/articles/{Laoshan}/related", ("size", "3"));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Laoshan, body.GetProperty("id").GetString());
        var related = body.GetProperty("related").EnumerateArray().ToList();
        Assert.Equal(3, related.Count);
        Assert.Equal("001_01de4e52b08519b1-1", related[0].GetProperty("id").GetString());
        Assert.Equal("崂山区", related[0].GetProperty("districts")[0].GetString());
        Assert.Equal(2024, related[0].GetProperty("year").GetInt32());
        Assert.Contains("提质争先", related[0].GetProperty("sharedWords").EnumerateArray().Select(word => word.GetString()));
        Assert.All(related, other => Assert.True(other.TryGetProperty("title", out _) && other.TryGetProperty("score", out _)));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("21")]
    [InlineData("x")]
    public async Task A_size_out_of_range_is_a_problem_naming_it(string size)
    {
        var response = await _host.GetAsync($"/api/articles/{Laoshan}/related", ("size", size));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("size", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_article_is_a_404()
    {
        var response = await _host.GetAsync("/api/articles/no-such-article/related");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_article_page_lists_related_articles_with_links()
    {
        var html = await (await _host.GetAsync($"/articles/{Laoshan}")).Content.ReadAsStringAsync();

        Assert.Contains("<aside class=\"related\"", html);
        Assert.Contains("href=\"/articles/001_01de4e52b08519b1-1\"", html);
        Assert.Contains("共同词语", html);
    }
}
