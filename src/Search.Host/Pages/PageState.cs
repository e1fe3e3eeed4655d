using Microsoft.AspNetCore.WebUtilities;
using Search.Engine.Searching;
using Search.Places;
using Search.Rendering;

namespace Search.Host.Pages;

/// <summary>
/// What the page shows, all of it in the URL (<c>/?q=…&amp;district=…&amp;place=…&amp;year=…&amp;page=…&amp;size=…&amp;sort=…</c>),
/// so a shared link reproduces the view and Back and Forward work.
/// </summary>
internal sealed record PageState(string Query, IReadOnlyList<Place> Places, IReadOnlyList<int> Years, int Page, SortOrder? Sort)
{
    /// <summary>Hits a page: in the URL only when not the default.</summary>
    public int Size { get; init; } = SearchRequest.DefaultSize;

    public static PageState From(SearchRequest request) =>
        new(request.Query ?? "", request.Places ?? [], request.Years ?? [], request.Page, request.Sort) { Size = request.Size };

    public string Url(string path = "/")
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (Query.Length > 0)
            query.Add(new("q", Query));
        query.AddRange(Places.Select(place => new KeyValuePair<string, string?>(ParameterOf(place), ValueOf(place))));
        query.AddRange(Years.Select(y => new KeyValuePair<string, string?>("year", y.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        if (Page > 1)
            query.Add(new("page", Page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (Size != SearchRequest.DefaultSize)
            query.Add(new("size", Size.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (Sort is { } sort)
            query.Add(new("sort", WireNames.Sort[sort]));
        return QueryHelpers.AddQueryString(path, query);
    }

    /// <summary>
    /// How a link names a place: a district by <c>district=</c> and its name, as links always did
    /// (<c>district=崂山区</c>); any other place by <c>place=</c>, and by its code where its name is
    /// another place's too (鼓楼区).
    /// </summary>
    public static string ParameterOf(Place place) => place.Level == PlaceLevel.County && IsUnique(place) ? "district" : "place";

    public static string ValueOf(Place place) => IsUnique(place) ? place.Name : place.Code;

    private static bool IsUnique(Place place) => Gazetteer.Named(place.Name) is [var only] && only == place;

    public PageState Toggle(Place place) => this with
    {
        Places = Places.Contains(place) ? [.. Places.Where(p => p != place)] : [.. Places, place],
        Page = 1,
    };

    public PageState Toggle(int year) => this with
    {
        Years = Years.Contains(year) ? [.. Years.Where(y => y != year)] : [.. Years, year],
        Page = 1,
    };

    public PageState WithoutFilters() => this with { Places = [], Years = [], Page = 1 };
}
