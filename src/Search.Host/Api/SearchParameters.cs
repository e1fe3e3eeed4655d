using System.Globalization;
using Microsoft.Extensions.Primitives;
using Search.Corpus.Metadata;
using Search.Engine.Searching;

namespace Search.Host.Api;

/// <summary>
/// Reads <c>/api/search</c>'s query string into a <see cref="SearchRequest"/>, or into problems that
/// each name the parameter and the rule it broke. The query text itself is never a problem: the
/// query language reads anything.
/// </summary>
public static class SearchParameters
{
    public const int DefaultSize = 10;
    public const int MaxValues = 20;
    public const int MaxValueLength = 20;
    public static readonly string[] SortValues = ["relevance", "date"];

    public sealed record Problem(string Parameter, string Rule);

    public static (SearchRequest? Request, IReadOnlyList<Problem> Problems) Parse(IQueryCollection query)
    {
        var problems = new List<Problem>();
        var districts = Districts(query["district"], problems);
        var years = Years(query["year"], problems);
        var page = Integer(query["page"], "page", 1, 1, int.MaxValue, problems);
        var size = Integer(query["size"], "size", DefaultSize, 1, SearchRequest.MaxSize, problems);
        var sort = Sort(query["sort"], problems);
        if (problems.Count == 0 && (long)page * size > SearchRequest.MaxWindow)
        {
            problems.Add(new Problem("page", $"page × size may be at most {SearchRequest.MaxWindow:N0} " +
                "(results that deep are better reached with the district and year filters)"));
        }
        return problems.Count > 0
            ? (null, problems)
            : (new SearchRequest(query["q"].ToString(), districts, years, page, size, sort), []);
    }

    internal static List<string> Districts(StringValues values, List<Problem> problems)
    {
        var districts = new List<string>();
        if (values.Count > MaxValues)
            problems.Add(new Problem("district", $"at most {MaxValues} values"));
        foreach (var value in values.Take(MaxValues))
        {
            if (Corpus.Metadata.Districts.Canonical(value ?? "") is { } district)
                districts.Add(district);
            else
                problems.Add(new Problem("district", $"\"{Shorten(value)}\" is not a district; use one of {string.Join("、", Corpus.Metadata.Districts.All)} (short forms such as 崂山 work too)"));
        }
        return districts;
    }

    internal static List<int> Years(StringValues values, List<Problem> problems)
    {
        var years = new List<int>();
        if (values.Count > MaxValues)
            problems.Add(new Problem("year", $"at most {MaxValues} values"));
        foreach (var value in values.Take(MaxValues))
        {
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= ReportYear.Earliest and <= ReportYear.Latest)
                years.Add(year);
            else
                problems.Add(new Problem("year", $"\"{Shorten(value)}\" is not a year from {ReportYear.Earliest} to {ReportYear.Latest}"));
        }
        return years;
    }

    internal static int Integer(StringValues values, string name, int fallback, int min, int max, List<Problem> problems)
    {
        if (values.Count == 0 || string.IsNullOrEmpty(values[0]))
            return fallback;
        if (values.Count > 1)
        {
            problems.Add(new Problem(name, "give it once"));
            return fallback;
        }
        if (int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
            return number;
        var range = max == int.MaxValue ? $"a whole number from {min}" : $"a whole number from {min} to {max}";
        problems.Add(new Problem(name, $"\"{Shorten(values[0])}\" is not {range}"));
        return fallback;
    }

    private static SortOrder? Sort(StringValues values, List<Problem> problems)
    {
        if (values.Count == 0 || string.IsNullOrEmpty(values[0]))
            return null;
        switch (values[0]!.ToLowerInvariant())
        {
            case "relevance" when values.Count == 1:
                return SortOrder.Relevance;
            case "date" when values.Count == 1:
                return SortOrder.Date;
            default:
                problems.Add(new Problem("sort", values.Count > 1 ? "give it once" : $"\"{Shorten(values[0])}\" is not one of {string.Join(", ", SortValues)}"));
                return null;
        }
    }

    /// <summary>Echoes at most a few characters of a bad value back: enough to recognise it, never a flood.</summary>
    internal static string Shorten(string? value) =>
        value is null ? "" : value.Length <= MaxValueLength ? value : value[..MaxValueLength] + "…";
}
