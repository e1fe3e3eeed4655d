using System.Text.RegularExpressions;
using Search.Engine.Searching;
using Search.Host.Pages;
using Search.Places;

namespace Search.Host.Tests.Pages;

/// <summary>The search page's place facet as HTML: whole while small, by levels over China's 3,000 places.</summary>
public sealed class SearchPageTests
{
    private static string Render(PlaceFacet facet) =>
        SearchPage.Render(new PageState("", [], [], 1, null), new SearchResult("", 1, 1, 10, 0, [], new SearchFacets(facet, [])), [], "http://localhost");

    private static int Boxes(string html) => Regex.Count(html, "type=\"checkbox\" name=\"(place|district)\"");

    [Fact]
    public void A_small_facet_is_rendered_whole_each_level_folded_under_the_one_above()
    {
        var places = Gazetteer.Children(Gazetteer.Named("青岛市").Single()).Concat(Gazetteer.Children(Gazetteer.Named("济南市").Single())).ToList();

        var html = Render(PlaceFacet.Of(places));

        Assert.Equal(places.Count + 2, Boxes(html)); // the districts, 青岛市 and 济南市 under 山东省
        Assert.Contains("崂山区", html);
        Assert.Contains("青岛市以下</summary>", html);
    }

    [Fact]
    public void A_facet_of_every_place_shows_the_provinces_and_the_level_under_them_not_every_county()
    {
        var facet = PlaceFacet.Of(Gazetteer.All);

        var html = Render(facet);

        Assert.True(facet.Count > SearchPage.WholeTreeUpTo);
        Assert.Contains(">青岛市<", html);
        Assert.DoesNotContain(">崂山区<", html);
        Assert.InRange(Boxes(html), Gazetteer.RootOrdinals.Count, 700);
    }
}
