using System.Net;
using System.Text.Json;

namespace Search.Host.Tests.Api;

public sealed class SearchApiTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly RunningHost _host = fixture.Host;

    private async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task A_search_answers_with_hits_snippets_and_both_facets_in_camel_case()
    {
        var response = await _host.GetAsync("/api/search", ("q", "上合"), ("size", "2"));
        var body = await Json(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("上合", body.GetProperty("query").GetString());
        Assert.Equal(3, body.GetProperty("total").GetInt32());
        Assert.Equal((1, 2), (body.GetProperty("page").GetInt32(), body.GetProperty("size").GetInt32()));
        Assert.True(body.GetProperty("tookMs").GetDouble() >= 0);
        var hit = body.GetProperty("hits")[0];
        foreach (var field in new[] { "id", "title", "districts", "places", "year", "date", "source", "score", "snippets" })
            Assert.True(hit.TryGetProperty(field, out _), field);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", hit.GetProperty("date").GetString());
        var snippet = hit.GetProperty("snippets")[0];
        Assert.Contains("<mark>上合</mark>", snippet.GetProperty("html").GetString());
        Assert.Equal(hit.GetProperty("places")[0].GetProperty("code").GetString(), snippet.GetProperty("place").GetProperty("code").GetString());
        var district = body.GetProperty("facets").GetProperty("district")[0];
        Assert.True(district.TryGetProperty("value", out _) && district.TryGetProperty("count", out _) && district.TryGetProperty("selected", out _));
        Assert.NotEmpty(body.GetProperty("facets").GetProperty("year").EnumerateArray());
    }

    [Fact]
    public async Task A_roundup_filtered_by_a_district_shows_that_districts_paragraphs_each_snippet_naming_it()
    {
        var body = await Json(await _host.GetAsync("/api/search", ("q", "营商环境"), ("district", "崂山区")));

        var roundup = body.GetProperty("hits").EnumerateArray().Single(hit => hit.GetProperty("id").GetString() == "002_8a0fa821f8c73329-1");
        Assert.Equal(10, roundup.GetProperty("places").GetArrayLength());
        Assert.All(roundup.GetProperty("snippets").EnumerateArray(), snippet =>
        {
            Assert.Equal("崂山区", snippet.GetProperty("place").GetProperty("name").GetString());
            Assert.DoesNotContain("营商环境", snippet.GetProperty("html").GetString());
        });
    }

    [Fact]
    public async Task Repeated_district_and_year_parameters_filter_and_are_marked_selected()
    {
        var body = await Json(await _host.GetAsync("/api/search", ("district", "崂山"), ("district", "平度市"), ("year", "2024")));

        Assert.All(body.GetProperty("hits").EnumerateArray(), hit => Assert.Equal(2024, hit.GetProperty("year").GetInt32()));
        var selected = body.GetProperty("facets").GetProperty("district").EnumerateArray()
            .Where(value => value.GetProperty("selected").GetBoolean()).Select(value => value.GetProperty("value").GetString());
        Assert.Equal(["崂山区", "平度市"], selected);
    }

    [Fact]
    public async Task The_place_facet_lists_places_in_tree_order_the_shown_levels_by_default_and_every_place_on_request()
    {
        static IEnumerable<string?> Codes(JsonElement body) =>
            body.GetProperty("facets").GetProperty("place").EnumerateArray().Select(value => value.GetProperty("code").GetString());

        var shown = Codes(await Json(await _host.GetAsync("/api/search", ("q", "发展")))).ToList();
        var all = Codes(await Json(await _host.GetAsync("/api/search", ("q", "发展"), ("placeFacet", "all")))).ToList();

        // One city's districts: the view starts at them, with the city and the province above them, so the two agree.
        Assert.Equal(["370000", "370200"], shown.Take(2));
        Assert.Equal(all, shown);
        Assert.Equal(shown.Order(StringComparer.Ordinal), shown);
    }

    [Theory]
    [InlineData("year", "abc", "not a year")]
    [InlineData("year", "1850", "from 1949 to 2100")]
    [InlineData("page", "0", "whole number from 1")]
    [InlineData("page", "x", "whole number from 1")]
    [InlineData("size", "0", "from 1 to 100")]
    [InlineData("size", "101", "from 1 to 100")]
    [InlineData("sort", "popular", "relevance, date")]
    [InlineData("placeFacet", "deep", "shown, all")]
    [InlineData("district", "火星区", "is not a place")]
    [InlineData("place", "火星区", "is not a place")]
    [InlineData("place", "朝阳区", "110105")]
    [InlineData("district", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十", "…")]
    public async Task An_invalid_parameter_is_a_400_problem_naming_the_parameter_and_the_rule(string name, string value, string rule)
    {
        var response = await _host.GetAsync("/api/search", (name, value));
        var body = await Json(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(rule, body.GetProperty("errors").GetProperty(name)[0].GetString());
        Assert.True(body.TryGetProperty("correlationId", out _));
    }

    [Fact]
    public async Task Paging_past_the_end_gives_an_empty_page_with_the_right_total()
    {
        var body = await Json(await _host.GetAsync("/api/search", ("q", "上合"), ("page", "5"), ("size", "10")));

        Assert.Equal(3, body.GetProperty("total").GetInt32());
        Assert.Equal(5, body.GetProperty("page").GetInt32());
        Assert.Empty(body.GetProperty("hits").EnumerateArray());
    }

    [Fact]
    public async Task Paging_deeper_than_ten_thousand_results_is_refused_with_the_reason()
    {
        var response = await _host.GetAsync("/api/search", ("page", "101"), ("size", "100"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("10,000", (await Json(response)).GetProperty("errors").GetProperty("page")[0].GetString());
    }

    [Fact]
    public async Task Search_responses_say_where_the_time_went_and_which_request_they_answer()
    {
        var response = await _host.GetAsync("/api/search", ("q", "发展"));

        Assert.Matches(@"^query;dur=[\d.]+, search;dur=[\d.]+, hits;dur=[\d.]+$", string.Join(',', response.Headers.GetValues("Server-Timing")));
        Assert.NotEmpty(response.Headers.GetValues("X-Correlation-Id").Single());
    }

    [Fact]
    public async Task Responses_are_compressed_when_the_client_accepts_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?size=9");
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        var response = await _host.Client.SendAsync(request);

        Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
    }

    [Fact]
    public async Task An_article_is_returned_whole_by_its_id()
    {
        var response = await _host.GetAsync("/api/articles/000_13824d23c47df48b-1");
        var article = await Json(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("崂山区：聚力做到“七个提质争先”", article.GetProperty("title").GetString());
        Assert.Equal("今年是建区30周年 全区干事创业精神状态全面提振", article.GetProperty("subtitle").GetString());
        Assert.Equal("2024-02-05", article.GetProperty("date").GetString());
        Assert.Contains("记者", article.GetProperty("byline").GetString());
        Assert.Equal("崂山区发展日新月异。", article.GetProperty("captions")[0].GetString());
        Assert.Contains("\n", article.GetProperty("body").GetString());
        // Where it was printed, from its byline; the page gives no day or page of its own, and the session's date is not passed off as one.
        Assert.Equal("青岛晚报", article.GetProperty("paper").GetString());
        Assert.Equal(JsonValueKind.Null, article.GetProperty("published").ValueKind);
        Assert.Equal(JsonValueKind.Null, article.GetProperty("edition").ValueKind);
        Assert.Equal("000_13824d23c47df48b.txt", article.GetProperty("source").GetString());
    }

    [Fact]
    public async Task An_articles_page_cites_it_as_printed_and_labels_the_sessions_date()
    {
        var html = await _host.Client.GetStringAsync("/articles/002_8a0fa821f8c73329-1");

        Assert.Contains("<span class=\"printed\">青岛日报</span>", html);
        Assert.DoesNotContain("<span class=\"session\">", html); // the roundup gives no session date
        var laoshan = await _host.Client.GetStringAsync("/articles/000_13824d23c47df48b-1");
        Assert.Contains("<span class=\"session\">会议日期 <time datetime=\"2024-02-05\">2024年2月5日</time></span>", laoshan);
    }

    [Theory]
    [InlineData("/api/articles/no-such-article")]
    [InlineData("/api/articles/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/articles/%2Fetc%2Fpasswd")]
    [InlineData("/api/articles/segments_1")]
    [InlineData("/no/such/route")]
    public async Task Unknown_articles_and_routes_are_404_problem_details(string path)
    {
        var response = await _host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Suggestions_complete_a_prefix_with_words_then_titles()
    {
        var body = await Json(await _host.GetAsync("/api/suggest", ("q", "崂山")));
        var suggestions = body.GetProperty("suggestions").EnumerateArray().ToList();

        Assert.InRange(suggestions.Count, 1, 10);
        Assert.All(suggestions, s => Assert.StartsWith("崂山", s.GetProperty("text").GetString()));
        Assert.Equal("word", suggestions[0].GetProperty("kind").GetString());
        Assert.Contains(suggestions, s => s.GetProperty("kind").GetString() == "title");
        Assert.Empty((await Json(await _host.GetAsync("/api/suggest"))).GetProperty("suggestions").EnumerateArray());
    }

    [Fact]
    public async Task Readiness_reports_the_articles_of_the_loaded_index()
    {
        var response = await _host.Client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(9, (await Json(response)).GetProperty("articles").GetInt32());
    }
}
