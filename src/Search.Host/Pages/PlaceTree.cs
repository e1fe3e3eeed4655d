using Search.Places;

namespace Search.Host.Pages;

/// <summary>
/// How a set of places is shown as a tree: its top level first — or, while that is a single place,
/// the level below it, so that a corpus of one city's pages shows that city's districts as it always
/// did — and under each place the places of the set below it. The set holds every place above each
/// of its places (as the place facet counts them).
/// </summary>
internal static class PlaceTree
{
    public static IReadOnlyList<Place> Shown(IEnumerable<Place> places)
    {
        var set = places.ToHashSet();
        var level = set.Where(place => Gazetteer.Parent(place) is not { } parent || !set.Contains(parent)).OrderBy(place => place.Code, StringComparer.Ordinal).ToList();
        while (level.Count == 1 && Children(level[0], set) is { Count: > 0 } below)
            level = [.. below];
        return level;
    }

    /// <summary>The places of the set directly under <paramref name="place"/>, by code.</summary>
    public static IReadOnlyList<Place> Children(Place place, IReadOnlySet<Place> set) =>
        [.. set.Where(other => other.ParentCode == place.Code).OrderBy(other => other.Code, StringComparer.Ordinal)];

    /// <summary>The set with every place above each of its places.</summary>
    public static HashSet<Place> WithAncestors(IEnumerable<Place> places) => [.. places.SelectMany(place => Gazetteer.Ancestors(place).Prepend(place))];
}
