using Microsoft.Extensions.Primitives;
using Search.Corpus.Figures;
using Search.Engine.Figures;
using Search.Rendering;
using static Search.Host.Api.SearchParameters;

namespace Search.Host.Api;

/// <summary>
/// Reads the query string of <c>/api/figures</c>, <c>/api/figures.csv</c> and the figures page into
/// a <see cref="FigureRequest"/>, or into problems naming the parameter: an unknown place,
/// indicator, kind or level is an error, never an empty answer that looks like "no figures". An empty
/// value is no filter.
/// </summary>
public static class FigureParameters
{
    public static (FigureRequest? Request, IReadOnlyList<Problem> Problems) Parse(IQueryCollection query)
    {
        var problems = new List<Problem>();
        var places = SearchParameters.Places(query, problems);
        var years = Years(Given(query["year"]), problems);
        var indicators = IndicatorNames(Given(query["indicator"]), problems);
        var kind = SearchParameters.OneOf(query["kind"], "kind", WireNames.Kind, problems);
        var levels = Each(Given(query["level"]), "level", value => WireNames.Level.Parse(value) is { } level ? (true, level) : (false, default),
            value => new Problem("level", $"\"{Shorten(value)}\" is not a level; use one of {string.Join(", ", WireNames.Level.Names)}",
                $"“{Shorten(value)}”不是可选的级别（可选：{string.Join("、", WireNames.Level.Names)}）"), problems);
        return problems.Count > 0 ? (null, problems) : (new FigureRequest(places, years, indicators, kind, levels), []);
    }

    /// <summary>
    /// The place and year of <c>/api/figures/levels</c>: one place (any level, in any form) is
    /// required; the year may be left out (the latest the place set targets for is taken then).
    /// </summary>
    public static (Places.Place? Place, int? Year, IReadOnlyList<Problem> Problems) ParseLevels(IQueryCollection query)
    {
        var problems = new List<Problem>();
        var places = SearchParameters.Places(query, problems).Distinct().ToList();
        var years = Years(Given(query["year"]), problems).Distinct().ToList();
        if (places.Count != 1 && !problems.Any(problem => problem.Parameter is "place" or "district"))
            problems.Add(new Problem("place", "give one place (a district, city, province, or 全国)", "请给一个地区（区县、市、省或全国）"));
        if (years.Count > 1)
            problems.Add(new Problem("year", "give one year", "只能给一个年份"));
        return problems.Count > 0 ? (null, null, problems) : (places[0], years.Count == 1 ? years[0] : null, []);
    }

    private static List<string> IndicatorNames(StringValues values, List<Problem> problems) =>
        Each(values, "indicator", value => Indicators.Called(value) is { } indicator ? (true, indicator.Name) : (false, ""),
            value => new Problem("indicator", $"\"{Shorten(value)}\" is not an indicator; use one of {string.Join("、", Indicators.All.Select(i => i.Name))} (or another name of one: GDP, 生产总值 …)",
                $"没有“{Shorten(value)}”这项指标；可选：{string.Join("、", Indicators.All.Select(i => i.Name))}（也可写常见别称，如GDP、生产总值）"), problems);

    /// <summary>Each value given, read by <paramref name="read"/>; a value it cannot read is the <paramref name="problem"/> it makes.</summary>
    private static List<T> Each<T>(StringValues values, string parameter, Func<string, (bool Known, T Value)> read, Func<string?, Problem> problem, List<Problem> problems)
    {
        var known = new List<T>();
        if (values.Count > MaxValues)
            problems.Add(new Problem(parameter, $"at most {MaxValues} values", $"最多给{MaxValues}个值"));
        foreach (var value in values.Take(MaxValues))
        {
            if (read(value?.Trim() ?? "") is (true, var parsed))
                known.Add(parsed);
            else
                problems.Add(problem(value));
        }
        return known;
    }
}
