using Search.Places;

namespace Search.Engine.Tests.Searching;

/// <summary>Place and year counts over all matches, drill-sideways: each facet ignores its own selection.</summary>
public sealed class FacetTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    private readonly TestIndex _index = fixture.Index;

    [Theory]
    [InlineData("")]
    [InlineData("发展")]
    [InlineData("上合")]
    [InlineData("民生")]
    public void Each_count_equals_the_total_you_get_by_selecting_that_value(string query)
    {
        var facets = _index.Search(query).Facets;

        Assert.All(facets.Place.All(), value => Assert.Equal(value.Count, _index.Search(query, places: [value.Value.Name]).Total));
        Assert.All(facets.Year, value => Assert.Equal(value.Count, _index.Search(query, years: [value.Value]).Total));
    }

    [Fact]
    public void Counts_cover_all_matches_not_just_the_page()
    {
        var result = _index.Search("", size: 1);

        Assert.Single(result.Hits);
        Assert.Equal(9, result.Total);
        Assert.Equal(9, result.Facets.Year.Sum(value => value.Count));
    }

    [Fact]
    public void A_multi_valued_roundup_counts_for_every_district_it_covers_and_once_for_the_city_above_them()
    {
        var facet = _index.Search("").Facets.Place.All();
        var districts = facet.Where(value => value.Value.Level == PlaceLevel.County).ToList();

        Assert.Equal(_index.Articles.Sum(article => article.Places.Count), districts.Sum(value => value.Count));
        Assert.Equal(10, districts.Count);
        Assert.Equal([("山东省", 9), ("青岛市", 9)], facet.Where(value => value.Value.Level < PlaceLevel.County).Select(value => (value.Value.Name, value.Count)));
    }

    [Fact]
    public void Selecting_a_district_filters_hits_while_the_district_facet_keeps_every_value()
    {
        var unfiltered = _index.Search("");
        var filtered = _index.Search("", places: ["崂山区"]);

        Assert.Equal(unfiltered.Facets.Place.All().Select(v => (v.Value, v.Count)), filtered.Facets.Place.All().Select(v => (v.Value, v.Count)));
        Assert.True(filtered.Facets.Place.All().Single(v => v.Value.Name == "崂山区").Selected);
        Assert.All(filtered.Hits, hit => Assert.Contains(hit.Places, place => place.Name == "崂山区"));
        Assert.Equal(filtered.Total, filtered.Facets.Year.Sum(v => v.Count));
    }

    [Fact]
    public void Several_districts_combine_with_or_and_districts_with_years_with_and()
    {
        var laoshan = _index.Search("", places: ["崂山区"]).Total;
        var pingdu = _index.Search("", places: ["平度市"]).Total;
        var both = _index.Search("", places: ["崂山区", "平度市"]);
        var both2024 = _index.Search("", places: ["崂山区", "平度市"], years: [2024]);

        var overlap = _index.Articles.Count(a => a.PlaceNames.Contains("崂山区") && a.PlaceNames.Contains("平度市"));
        Assert.Equal(laoshan + pingdu - overlap, both.Total);
        Assert.All(both2024.Hits, hit => Assert.Equal(2024, hit.Year));
        Assert.Equal(both.Facets.Year.Single(v => v.Value == 2024).Count, both2024.Total);
        // With a year selected, the year facet still shows the other years' counts for these districts.
        Assert.Equal(both.Facets.Year.Select(v => (v.Value, v.Count)), both2024.Facets.Year.Select(v => (v.Value, v.Count)));
    }

    [Fact]
    public void Selecting_a_place_includes_the_places_under_it()
    {
        var qingdao = _index.Search("", places: ["青岛市"]);

        Assert.Equal(_index.Search("").Total, qingdao.Total);
        Assert.Equal(_index.Search("民生", places: ["山东省"]).Total, _index.Search("民生").Total);
        Assert.Equal(0, _index.Search("", places: ["济南市"]).Total);
    }

    [Fact]
    public void Filters_written_in_the_query_act_like_selections()
    {
        Assert.Equal(_index.Search("民生", places: ["平度市"]).Total, _index.Search("district:平度 民生").Total);
        Assert.Equal(_index.Search("民生", places: ["平度市"]).Total, _index.Search("place:平度市 民生").Total);
        Assert.Equal(_index.Search("", years: [2023, 2024]).Total, _index.Search("year:2023..2024").Total);
        Assert.True(_index.Search("year:2025").Facets.Year.Single(v => v.Value == 2025).Selected);
    }

    [Theory]
    [InlineData("崂山", "-year:2024", "year:2024")]
    [InlineData("", "-district:崂山", "district:崂山")]
    [InlineData("营商环境", "NOT place:崂山区", "place:崂山区")]
    [InlineData("", "-year:2023..2024", "year:2023..2024")]
    [InlineData("发展", "-place:青岛市", "place:青岛市")]
    public void An_excluded_filter_leaves_out_exactly_what_the_filter_selects(string query, string excluded, string selected)
    {
        var all = _index.Search(query);
        var left = _index.Search($"{query} {excluded}");
        var leftOut = _index.Search($"{query} {selected}");

        Assert.True(leftOut.Total > 0);
        Assert.Equal(all.Total - leftOut.Total, left.Total);
        Assert.Empty(left.Hits.Select(hit => hit.Id).Intersect(leftOut.Hits.Select(hit => hit.Id)));
        Assert.DoesNotContain(left.Facets.Year, value => value.Selected);
        Assert.Equal(left.Total, left.Facets.Year.Sum(value => value.Count));
    }

    [Fact]
    public void Years_asked_for_twice_that_do_not_meet_find_nothing()
    {
        Assert.Equal(0, _index.Search("year:2023 year:2024").Total);
        Assert.Equal(_index.Search("year:2024").Total, _index.Search("year:2023..2024 year:2024..2025").Total);
    }

    [Fact]
    public void A_selected_value_with_no_match_stays_listed_and_marked()
    {
        var result = _index.Search("上合", years: [2019]);

        Assert.Equal(0, result.Total);
        Assert.Contains(result.Facets.Year, v => v is { Value: 2019, Count: 0, Selected: true });
        Assert.All(result.Facets.Place.All(), v => Assert.Equal("370000", v.Value.Code == "370000" ? v.Value.Code : Gazetteer.Ancestors(v.Value).Last().Code));
    }
}
