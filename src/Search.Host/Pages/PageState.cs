using Microsoft.AspNetCore.WebUtilities;
using Search.Engine.Searching;

namespace Search.Host.Pages;

/// <summary>
/// What the page shows, all of it in the URL (<c>/?q=…&amp;district=…&amp;year=…&amp;page=…&amp;sort=…</c>),
/// so a shared link reproduces the view and Back and Forward work.
/// </summary>
internal sealed record PageState(string Query, IReadOnlyList<string> Districts, IReadOnlyList<int> Years, int Page, SortOrder? Sort)
{
    public static PageState From(SearchRequest request) =>
        new(request.Query ?? "", request.Districts ?? [], request.Years ?? [], request.Page, request.Sort);

    public string Url(string path = "/")
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (Query.Length > 0)
            query.Add(new("q", Query));
        query.AddRange(Districts.Select(d => new KeyValuePair<string, string?>("district", d)));
        query.AddRange(Years.Select(y => new KeyValuePair<string, string?>("year", y.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        if (Page > 1)
            query.Add(new("page", Page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (Sort is { } sort)
            query.Add(new("sort", sort == SortOrder.Date ? "date" : "relevance"));
        return QueryHelpers.AddQueryString(path, query);
    }

    public PageState Toggle(string district) => this with
    {
        Districts = Districts.Contains(district) ? [.. Districts.Where(d => d != district)] : [.. Districts, district],
        Page = 1,
    };

    public PageState Toggle(int year) => this with
    {
        Years = Years.Contains(year) ? [.. Years.Where(y => y != year)] : [.. Years, year],
        Page = 1,
    };

    public PageState WithoutFilters() => this with { Districts = [], Years = [], Page = 1 };
}
