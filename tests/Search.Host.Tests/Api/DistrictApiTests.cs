using System.Net;
using System.Text.Json;

namespace Search.Host.Tests.Api;

/// <summary>
/// <c>GET /api/districts/{district}</c> and what <c>GET /api/articles/{id}</c> says of an article's
/// other printings and other coverage, through the real pipeline on the real pages.
/// </summary>
public sealed class DistrictApiTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly RunningHost _host = fixture.Host;

    [Fact]
    public async Task A_district_in_any_form_lists_its_articles_by_year_and_its_key_figures()
    {
        var response = await _host.GetAsync("/api/districts/" + Uri.EscapeDataString("崂山"));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("崂山区", body.GetProperty("district").GetString());
        Assert.Equal(3, body.GetProperty("articles").GetInt32());
        var years = body.GetProperty("years").EnumerateArray().ToList();
        Assert.Equal([(2023, 1), (2024, 2)], years.Select(year => (year.GetProperty("year").GetInt32(), year.GetProperty("count").GetInt32())));
        Assert.Equal(2, years[1].GetProperty("articles").GetArrayLength());
        Assert.Equal("2024-02-05", years[1].GetProperty("articles")[0].GetProperty("date").GetString());
        var figures = body.GetProperty("figures").EnumerateArray().ToList();
        Assert.NotEmpty(figures);
        Assert.All(figures, figure => Assert.Equal("崂山区", figure.GetProperty("district").GetString()));
        Assert.Contains(figures, figure => figure.GetProperty("indicator").GetString() == "地区生产总值" && figure.GetProperty("kind").GetString() == "target");
    }

    [Fact]
    public async Task PerYear_limits_the_articles_listed_not_the_count()
    {
        var body = JsonDocument.Parse(await (await _host.GetAsync("/api/districts/" + Uri.EscapeDataString("崂山区"), ("perYear", "1"))).Content.ReadAsStringAsync()).RootElement;

        var year = body.GetProperty("years").EnumerateArray().Single(entry => entry.GetProperty("year").GetInt32() == 2024);
        Assert.Equal(2, year.GetProperty("count").GetInt32());
        Assert.Equal(1, year.GetProperty("articles").GetArrayLength());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("many")]
    public async Task A_perYear_out_of_range_is_a_problem_naming_it(string perYear)
    {
        var response = await _host.GetAsync("/api/districts/" + Uri.EscapeDataString("崂山区"), ("perYear", perYear));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("perYear", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("火星区")]
    [InlineData("<script>")]
    public async Task A_name_that_is_no_place_is_a_404_saying_what_a_place_is(string name)
    {
        var response = await _host.GetAsync("/api/districts/" + Uri.EscapeDataString(name));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("is not a place", body);
    }

    [Fact]
    public async Task A_name_several_places_bear_is_a_400_listing_them_with_their_codes()
    {
        var response = await _host.GetAsync("/api/districts/" + Uri.EscapeDataString("朝阳区"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("110105", body);
        Assert.Contains("220104", body);
    }

    [Fact]
    public async Task A_city_has_the_reports_of_its_districts()
    {
        var body = JsonDocument.Parse(await (await _host.GetAsync("/api/districts/" + Uri.EscapeDataString("青岛"))).Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(("青岛市", "city", "370200", "370000"), (body.GetProperty("place").GetProperty("name").GetString(), body.GetProperty("place").GetProperty("level").GetString(),
            body.GetProperty("place").GetProperty("code").GetString(), body.GetProperty("place").GetProperty("parent").GetString()));
        Assert.Equal(9, body.GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task An_article_names_the_other_coverage_of_its_session_and_no_other_printing()
    {
        var body = JsonDocument.Parse(await (await _host.GetAsync("/api/articles/000_13824d23c47df48b-1")).Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(0, body.GetProperty("alsoIn").GetArrayLength());
        var coverage = body.GetProperty("otherCoverage").EnumerateArray().Single();
        Assert.Equal("001_01de4e52b08519b1-1", coverage.GetProperty("id").GetString());
        Assert.InRange(coverage.GetProperty("shared").GetDouble(), 0.25, 1);
    }

    [Fact]
    public async Task An_article_gives_its_places_years_and_the_articles_most_like_it_as_its_page_does()
    {
        var body = JsonDocument.Parse(await (await _host.GetAsync("/api/articles/000_13824d23c47df48b-1")).Content.ReadAsStringAsync()).RootElement;

        var timeline = body.GetProperty("timelines").EnumerateArray().Single();
        Assert.Equal("崂山区", timeline.GetProperty("place").GetProperty("name").GetString());
        Assert.Contains(timeline.GetProperty("years").EnumerateArray(), year => year.GetProperty("year").GetInt32() == body.GetProperty("year").GetInt32());
        var related = body.GetProperty("related").EnumerateArray().ToList();
        Assert.InRange(related.Count, 1, 5);
        Assert.DoesNotContain(related, other => other.GetProperty("id").GetString() == "000_13824d23c47df48b-1");
    }
}
