using System.Net;
using System.Text;
using System.Text.Json;

namespace Search.Host.Tests.Api;

/// <summary>The terms API over the five pages, through the real pipeline.</summary>
public sealed class TermsApiTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly RunningHost _host = fixture.Host;

    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static List<string> Terms(JsonElement list) => [.. list.EnumerateArray().Select(term => term.GetProperty("term").GetString()!)];

    [Fact]
    public async Task Distinctive_terms_of_a_place_and_year_link_to_the_search_that_finds_them()
    {
        var response = await _host.GetAsync("/api/terms/distinctive", ("place", "崂山"), ("year", "2024"));
        var body = await Json(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("370212", body.GetProperty("place").GetProperty("code").GetString());
        var term = body.GetProperty("terms").EnumerateArray().Single(t => t.GetProperty("term").GetString() == "提质争先");
        Assert.Equal(23, term.GetProperty("here").GetProperty("mentions").GetInt32());
        Assert.True(term.GetProperty("g2").GetDouble() > 0);
        var search = term.GetProperty("links").GetProperty("search").GetString()!;
        Assert.Contains("/?q=%E6%8F%90%E8%B4%A8%E4%BA%89%E5%85%88&district=%E5%B4%82%E5%B1%B1%E5%8C%BA&year=2024", search);
        Assert.Contains("G²", body.GetProperty("statistic").GetString());

        // The search it links to finds the articles the term was counted in.
        var found = await Json(await _host.GetAsync("/api/search", ("q", "提质争先"), ("district", "崂山区"), ("year", "2024")));
        Assert.Equal(term.GetProperty("here").GetProperty("articles").GetInt32(), found.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task New_terms_default_to_the_places_latest_year_and_say_what_they_are_new_against()
    {
        var body = await Json(await _host.GetAsync("/api/terms/new", ("place", "崂山区")));

        Assert.Equal(2024, body.GetProperty("year").GetInt32());
        Assert.Equal("place", body.GetProperty("against").GetString());
        Assert.Equal([2023], body.GetProperty("earlierYears").EnumerateArray().Select(year => year.GetInt32()));
        var first = body.GetProperty("terms")[0];
        Assert.Equal("提质争先", first.GetProperty("term").GetString());
        Assert.Equal(2024, first.GetProperty("firstYear").GetInt32());
        Assert.Contains("A term is a word", body.GetProperty("counting").GetString());
    }

    [Fact]
    public async Task Changes_list_rising_and_fading_terms_each_with_both_years_counts()
    {
        var body = await Json(await _host.GetAsync("/api/terms/changes", ("place", "崂山区"), ("from", "2023"), ("to", "2024")));

        var rising = body.GetProperty("rising");
        var fading = body.GetProperty("fading");
        Assert.Contains("提质争先", Terms(rising));
        Assert.NotEmpty(Terms(fading));
        Assert.All(rising.EnumerateArray(), term => Assert.True(term.GetProperty("after").GetProperty("per10000").GetDouble() > term.GetProperty("before").GetProperty("per10000").GetDouble()));
        Assert.All(fading.EnumerateArray(), term => Assert.True(term.GetProperty("g2").GetDouble() < 0));
    }

    [Fact]
    public async Task A_trend_has_a_line_per_place_and_a_point_per_year_it_has_reports_of_as_json_and_csv()
    {
        var body = await Json(await _host.GetAsync("/api/terms/trend", ("q", "提质争先"), ("place", "崂山区"), ("place", "胶州市")));
        var lines = body.GetProperty("lines").EnumerateArray().ToList();

        Assert.Equal(["崂山区", "胶州市"], lines.Select(line => line.GetProperty("place").GetProperty("name").GetString()));
        Assert.Equal([(2023, 0), (2024, 23)], lines[0].GetProperty("points").EnumerateArray()
            .Select(point => (point.GetProperty("year").GetInt32(), point.GetProperty("count").GetProperty("mentions").GetInt32())));

        var csv = await _host.GetAsync("/api/terms/trend.csv", ("q", "提质争先"), ("place", "崂山区"));
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal(["year,place_code,place,mentions,articles,characters,per_10000_characters", "2023,370212,崂山区,0,0,3896,0", "2024,370212,崂山区,23,2,7293,31.54"],
            Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("/api/terms/new", "place", "火星区", "is not a place")]
    [InlineData("/api/terms/new", "year", "20x4", "not a year")]
    [InlineData("/api/terms/new", "size", "0", "1")]
    [InlineData("/api/terms/new", "against", "everyone", "place, all")]
    [InlineData("/api/terms/changes", "to", "1800", "not a year")]
    [InlineData("/api/terms/distinctive", "place", "", "give the place")]
    [InlineData("/api/terms/trend", "q", "", "give the text")]
    [InlineData("/api/terms/trend.csv", "q", "", "give the text")]
    public async Task A_bad_parameter_is_a_400_naming_it(string path, string name, string value, string rule)
    {
        var response = await _host.GetAsync(path, ("place", "崂山区"), (name, value));
        if (path.Contains("distinctive", StringComparison.Ordinal))
            response = await _host.GetAsync(path, ("year", "2024"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(rule, (await Json(response)).GetProperty("errors").GetProperty(name)[0].GetString());
    }

    [Fact]
    public async Task An_earlier_year_after_the_later_one_two_places_and_a_place_without_reports_are_400s()
    {
        var reversed = await Json(await _host.GetAsync("/api/terms/changes", ("place", "崂山区"), ("from", "2025"), ("to", "2024")));
        Assert.Contains("not before", reversed.GetProperty("errors").GetProperty("from")[0].GetString());

        var two = await _host.GetAsync("/api/terms/new", ("place", "崂山区"), ("place", "市南区"));
        Assert.Equal(HttpStatusCode.BadRequest, two.StatusCode);

        var both = await Json(await _host.GetAsync("/api/terms/changes", ("place", "崂山区"), ("year", "2023"), ("to", "2024")));
        Assert.Contains("not both", both.GetProperty("errors").GetProperty("to")[0].GetString());

        // to left out is the latest year, 2024: from 2024 does not come before it.
        var latest = await Json(await _host.GetAsync("/api/terms/changes", ("place", "崂山区"), ("from", "2024")));
        Assert.Contains("not before 2024", latest.GetProperty("errors").GetProperty("from")[0].GetString());

        var none = await _host.GetAsync("/api/terms/new", ("place", "山东省"));
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("no report of 山东省", (await Json(none)).GetProperty("errors").GetProperty("place")[0].GetString());
    }

    [Fact]
    public async Task A_year_without_reports_of_the_place_is_an_empty_list_not_an_error()
    {
        var body = await Json(await _host.GetAsync("/api/terms/distinctive", ("place", "崂山区"), ("year", "2030")));
        Assert.Empty(body.GetProperty("terms").EnumerateArray());
    }
}
