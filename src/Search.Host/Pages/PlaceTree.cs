using Search.Places;

namespace Search.Host.Pages;

/// <summary>
/// A set of places as a tree, built once: its top level first — or, while that is a single place,
/// the level below it, so that a corpus of one city's pages shows that city's districts as it always
/// did — and under each place the places of the set below it. The set holds every place above each
/// of its places (as the place facet counts them). Building and walking it are linear in the set, so
/// a facet of 3,000 places costs no more than ten times one of 300.
/// </summary>
internal sealed class PlaceTree
{
    private readonly Dictionary<string, List<Place>> _children = [];

    private PlaceTree(IEnumerable<Place> places)
    {
        var set = places.ToHashSet();
        var top = new List<Place>();
        foreach (var place in set)
        {
            if (place.ParentCode is { } parent && Gazetteer.ByCode(parent) is { } above && set.Contains(above))
                (_children.TryGetValue(parent, out var list) ? list : _children[parent] = []).Add(place);
            else
                top.Add(place);
        }
        foreach (var list in _children.Values)
            list.Sort(ByCode);
        top.Sort(ByCode);
        Shown = top;
        while (Shown.Count == 1 && Children(Shown[0]) is { Count: > 0 } below)
            Shown = below;
    }

    public static PlaceTree Of(IEnumerable<Place> places) => new(places);

    /// <summary>The set with every place above each of its places.</summary>
    public static PlaceTree WithAncestors(IEnumerable<Place> places) => new(places.SelectMany(place => Gazetteer.Ancestors(place).Prepend(place)));

    /// <summary>The places shown first: the top level, or the first level below it with more than one place.</summary>
    public IReadOnlyList<Place> Shown { get; }

    /// <summary>The places of the set directly under <paramref name="place"/>, by code.</summary>
    public IReadOnlyList<Place> Children(Place place) => _children.TryGetValue(place.Code, out var below) ? below : [];

    private static int ByCode(Place a, Place b) => string.CompareOrdinal(a.Code, b.Code);
}
