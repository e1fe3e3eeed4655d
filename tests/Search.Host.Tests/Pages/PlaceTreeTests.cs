using Search.Host.Pages;
using Search.Places;

namespace Search.Host.Tests.Pages;

/// <summary>The place facet's tree: the top level present first, one city's districts directly, each place's children by code.</summary>
public sealed class PlaceTreeTests
{
    private static Place Of(string code) => Gazetteer.ByCode(code)!;

    [Fact]
    public void One_citys_districts_are_shown_directly()
    {
        var tree = PlaceTree.WithAncestors([Of("370212"), Of("370281"), Of("370202")]);

        Assert.Equal(["370202", "370212", "370281"], tree.Shown.Select(place => place.Code));
    }

    [Fact]
    public void Places_of_several_provinces_show_the_top_level_with_the_rest_below()
    {
        var tree = PlaceTree.WithAncestors([Of("370212"), Of("320102"), Gazetteer.Nation]);

        Assert.Equal(["000000", "320000", "370000"], tree.Shown.Select(place => place.Code));
        Assert.Equal(["370200"], tree.Children(Of("370000")).Select(place => place.Code));
        Assert.Equal(["370212"], tree.Children(Of("370200")).Select(place => place.Code));
        Assert.Empty(tree.Children(Of("370212")));
    }

    [Fact]
    public void Every_place_of_the_table_is_shown_once()
    {
        var tree = PlaceTree.Of(Gazetteer.All);

        var seen = new List<Place>();
        void Walk(IEnumerable<Place> level)
        {
            foreach (var place in level)
            {
                seen.Add(place);
                Walk(tree.Children(place));
            }
        }
        Walk(tree.Shown);

        Assert.Equal(Gazetteer.All.Count, seen.Count);
        Assert.Equal(Gazetteer.All.ToHashSet(), seen.ToHashSet());
    }
}
