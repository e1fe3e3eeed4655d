using Search.Engine.Searching;
using Search.Places;
using Search.Tests;

namespace Search.Engine.Tests.Searching;

/// <summary>
/// The place facet read by level: the top level a view starts from, the places under a place, and
/// what a view of a broad query shows — a level, the one under it and the way to each selection,
/// never the whole table.
/// </summary>
public sealed class PlaceFacetTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    private static readonly Place Shandong = Named.Place("山东省");
    private static readonly Place Qingdao = Named.Place("青岛市");
    private static readonly Place Laoshan = Named.Place("崂山区");

    private static IEnumerable<string> Names(IEnumerable<FacetValue<Place>> values) => values.Select(value => value.Value.Name);

    [Fact]
    public void A_corpus_of_one_citys_districts_starts_at_the_districts_with_the_city_and_province_above_them()
    {
        var districts = Gazetteer.Children(Qingdao).Take(4).ToList();

        var facet = PlaceFacet.Of(districts);

        Assert.Equal(districts, facet.Top.Select(value => value.Value));
        Assert.Equal(["山东省", "青岛市", .. districts.Select(place => place.Name)], Names(facet.Shown()));
        Assert.Equal(4, facet.CountOf(Shandong));
    }

    [Fact]
    public void Places_of_several_provinces_start_at_the_provinces_and_show_the_level_under_them_only()
    {
        var facet = PlaceFacet.Of(Gazetteer.All);
        var shown = facet.Shown();

        Assert.Equal(Gazetteer.RootOrdinals.Count, facet.Top.Count);
        Assert.Equal(Gazetteer.Nation, facet.Top[0].Value);
        var top = facet.Top.Select(value => value.Value).ToHashSet();
        Assert.All(shown, value => Assert.True(top.Contains(value.Value) || top.Contains(Gazetteer.Parent(value.Value)!), $"{value.Value} shown"));
        Assert.Contains(shown, value => value.Value.Name == "东城区"); // a municipality's districts are the level under it
        Assert.Contains(shown, value => value.Value == Qingdao);
        Assert.Equal(Gazetteer.Children(Qingdao), facet.Below(Qingdao).Select(value => value.Value));
        Assert.True(shown.Count < 500, $"{shown.Count} values shown of {facet.All().Count()}");
    }

    [Fact]
    public void Shown_lists_each_place_before_the_places_under_it()
    {
        var facet = PlaceFacet.Of(Gazetteer.All.Where(place => place.Level == PlaceLevel.City));
        var shown = facet.Shown().Select(value => value.Value).ToList();

        Assert.All(shown, place =>
        {
            if (Gazetteer.Parent(place) is { } parent)
                Assert.True(shown.IndexOf(parent) < shown.IndexOf(place), $"{parent} before {place}");
        });
    }

    [Fact]
    public void A_selected_place_is_shown_with_the_places_above_it_and_under_it()
    {
        var result = fixture.Index.Search("", places: ["崂山区"]);
        var facet = result.Facets.Place;

        Assert.True(facet.IsOnSelectedPath(Laoshan));
        Assert.True(facet.IsOnSelectedPath(Qingdao));
        Assert.False(facet.IsOnSelectedPath(Named.Place("市南区")));
        Assert.Contains(facet.Shown(), value => value is { Selected: true } && value.Value == Laoshan);
    }

    [Fact]
    public void A_selected_place_without_matches_is_listed_with_the_places_above_it()
    {
        var facet = fixture.Index.Search("上合", places: ["济南市"]).Facets.Place;

        Assert.Contains(facet.All(), value => value is { Count: 0, Selected: true } && value.Value.Name == "济南市");
        Assert.Contains(facet.Below(Shandong), value => value.Value.Name == "济南市");
        Assert.Contains(facet.Shown(), value => value.Value.Name == "济南市");
    }

    [Fact]
    public void Every_value_shown_or_below_is_one_of_all_with_the_same_count()
    {
        var facet = fixture.Index.Search("发展").Facets.Place;
        var all = facet.All().ToDictionary(value => value.Value);

        Assert.All(facet.Shown(), value => Assert.Equal(all[value.Value], value));
        Assert.All(facet.Below(Qingdao), value => Assert.Equal(all[value.Value], value));
        Assert.All(all.Values, value => Assert.Equal(value.Count, facet.CountOf(value.Value)));
    }
}
