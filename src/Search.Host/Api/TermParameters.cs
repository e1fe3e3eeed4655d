using Search.Engine.Terms;
using Search.Places;
using Search.Rendering;
using static Search.Host.Api.SearchParameters;

namespace Search.Host.Api;

/// <summary>The question of one terms view, read from a query string: what the engine needs, years the index has.</summary>
public sealed record TermQuestion(Place? Place, int? Year, int? From, NewAgainst Against, int Size);

/// <summary>
/// Reads the query strings of <c>/api/terms/…</c> and the <c>/terms</c> page, or problems naming
/// each bad parameter: a place that is no place or several, a year that is no year or given twice,
/// a size out of range, <c>from</c> not before <c>to</c>. An empty value is no value (a form's "any").
/// </summary>
public static class TermParameters
{
    public const int MaxTrendPlaces = TermTrend.MaxPlaces;
    public const int MaxQueryLength = 100;

    /// <summary><c>place</c> (at most one), <c>year</c> (at most one; <c>to</c> is its other name), <c>from</c>, <c>against</c>, <c>size</c>.</summary>
    public static (TermQuestion? Question, IReadOnlyList<Problem> Problems) Parse(IQueryCollection query, bool placeRequired = false)
    {
        var problems = new List<Problem>();
        var places = SearchParameters.Places(query, problems).Distinct().ToList();
        if (places.Count > 1)
            problems.Add(new Problem("place", "give one place", "只能给一个地区"));
        if (placeRequired && places.Count == 0 && !problems.Any(problem => problem.Parameter is "place" or "district"))
            problems.Add(new Problem("place", "give the place whose terms to compare with the others' (a district, city, province, or 全国)", "请给一个地区（区县、市、省或全国）"));
        // to is year's other name (the later year of a change): one of them, once.
        var year = OneYear(query, "year", problems);
        var to = OneYear(query, "to", problems);
        if (year is not null && to is not null)
            problems.Add(new Problem("to", "give year or to, not both: they are one year", "year和to是同一个年份，只能给一个"));
        year ??= to;
        var from = OneYear(query, "from", problems);
        if (from is { } earlier && year is { } later && earlier >= later)
            problems.Add(new Problem("from", $"{earlier} is not before {later}: from is the earlier year", $"起始年份{earlier}须早于{later}"));
        var against = OneOf(Given(query["against"]), "against", WireNames.Against, problems) ?? NewAgainst.Place;
        var size = Integer(query["size"], "size", NewTerms.DefaultSize, 1, NewTerms.MaxSize, problems);
        return problems.Count > 0 ? (null, problems) : (new TermQuestion(places.FirstOrDefault(), year, from, against, size), []);
    }

    /// <summary><c>q</c> (required, the text to count) and <c>place</c> (repeatable, at most <see cref="MaxTrendPlaces"/>).</summary>
    public static (string? Query, IReadOnlyList<Place> Places, IReadOnlyList<Problem> Problems) ParseTrend(IQueryCollection query)
    {
        var problems = new List<Problem>();
        var text = Given(query["q"]);
        if (text.Count != 1)
            problems.Add(text.Count == 0 ? new Problem("q", "give the text to count (a word or phrase)", "请给要统计的词语") : new Problem("q", "give it once", "只能给一个值"));
        else if (text[0]!.Length > MaxQueryLength)
            problems.Add(new Problem("q", $"at most {MaxQueryLength} characters", $"最多{MaxQueryLength}个字"));
        var places = SearchParameters.Places(query, problems).Distinct().ToList();
        if (places.Count > MaxTrendPlaces)
            problems.Add(new Problem("place", $"at most {MaxTrendPlaces} places in one trend", $"一张走势图最多{MaxTrendPlaces}个地区"));
        return problems.Count > 0 ? (null, [], problems) : (text[0]!.Trim(), places, []);
    }

    private static int? OneYear(IQueryCollection query, string name, List<Problem> problems)
    {
        var given = Given(query[name]);
        if (given.Count > 1)
        {
            problems.Add(new Problem(name, "give one year", "只能给一个年份"));
            return null;
        }
        var yearProblems = new List<Problem>();
        var years = Years(given, yearProblems);
        problems.AddRange(yearProblems.Select(problem => problem with { Parameter = name }));
        return years.Count == 1 ? years[0] : null;
    }
}
