using Search.Engine.Querying;
using Search.Places;

namespace Search.Engine.Searching;

/// <summary>
/// The articles a query leaves out whatever the facets select, as an excluded term would: those of
/// an excluded place or of a place under it (<c>-district:崂山</c>), and of an excluded year
/// (<c>-year:2024</c>); every article when the years it asks for do not meet (<c>year:2023 year:2024</c>).
/// Left-out articles are not counted by either facet: they do not match the query.
/// </summary>
internal sealed class Exclusions
{
    private readonly bool[] _placeExcluded;
    private readonly YearRange[] _years;
    private readonly bool _everything;

    private Exclusions(bool[] placeExcluded, YearRange[] years, bool everything) =>
        (_placeExcluded, _years, _everything) = (placeExcluded, years, everything);

    /// <summary>The query's exclusions; null when it leaves nothing out.</summary>
    public static Exclusions? Of(ParsedQuery query)
    {
        var everything = query.Years is { IsEmpty: true };
        if (!everything && query.ExcludedPlaces.Count == 0 && query.ExcludedYears.Count == 0)
            return null;
        var places = new bool[Gazetteer.All.Count];
        foreach (var place in query.ExcludedPlaces)
            places[Gazetteer.OrdinalOf(place.Code)] = true;
        return new Exclusions(places, [.. query.ExcludedYears], everything);
    }

    /// <param name="year">The article's year, 0 when it has none (no excluded year leaves it out).</param>
    /// <param name="within">The ordinals of the article's places and of every place above them.</param>
    public bool Excludes(int year, ReadOnlySpan<int> within)
    {
        if (_everything)
            return true;
        foreach (var range in _years)
        {
            if (range.Contains(year))
                return true;
        }
        foreach (var place in within)
        {
            if (_placeExcluded[place])
                return true;
        }
        return false;
    }
}
