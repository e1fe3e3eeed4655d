using System.Globalization;
using Microsoft.Extensions.Primitives;
using Search.Corpus;
using Search.Corpus.Metadata;
using Search.Engine.Searching;
using Search.Places;
using Search.Rendering;

namespace Search.Host.Api;

/// <summary>
/// Reads <c>/api/search</c>'s query string into a <see cref="SearchRequest"/>, or into problems that
/// each name the parameter and the rule it broke. The query text itself is never a problem: the
/// query language reads anything.
/// </summary>
public static class SearchParameters
{
    public const int MaxValues = 20;
    public const int MaxValueLength = 20;

    /// <param name="Rule">What is wrong, in English: the API's words.</param>
    /// <param name="InChinese">The same for the pages' readers, where a page shows it; null where only the API meets it.</param>
    public sealed record Problem(string Parameter, string Rule, string? InChinese = null)
    {
        /// <summary>
        /// As a page says it: the form's name of the parameter (<paramref name="names"/> first: a page whose
        /// parameter means something else there), the address's name beside it for a hand-made address, what is wrong in Chinese.
        /// </summary>
        public string ForReaders(IReadOnlyDictionary<string, string>? names = null) =>
            $"{names?.GetValueOrDefault(Parameter) ?? ParameterNames.GetValueOrDefault(Parameter, Parameter)}（{Parameter}）：{InChinese ?? Rule}";

        /// <summary>The parameters as the pages' forms and controls name them.</summary>
        private static readonly Dictionary<string, string> ParameterNames = new()
        {
            ["q"] = "关键词",
            ["page"] = "页码",
            ["size"] = "每页条数",
            ["sort"] = "排序",
            ["placeFacet"] = "地区列表",
            ["year"] = "年份",
            ["from"] = "起始年份",
            ["to"] = "年份",
            ["indicator"] = "指标",
            ["place"] = "地区",
            ["district"] = "地区",
            ["vs"] = "对比地区",
            ["against"] = "比较对象",
            ["kind"] = "类别",
            ["level"] = "级别",
            ["chart"] = "比较",
            ["measure"] = "口径",
        };
    }

    public static (SearchRequest? Request, PlaceFacetScope PlaceFacet, IReadOnlyList<Problem> Problems) Parse(IQueryCollection query)
    {
        var problems = new List<Problem>();
        var places = Places(query, problems);
        var years = Years(query["year"], problems);
        var page = Integer(query["page"], "page", 1, 1, int.MaxValue, problems);
        var size = Integer(query["size"], "size", SearchRequest.DefaultSize, 1, SearchRequest.MaxSize, problems);
        var sort = OneOf(query["sort"], "sort", WireNames.Sort, problems);
        var placeFacet = OneOf(query["placeFacet"], "placeFacet", WireNames.PlaceFacet, problems) ?? PlaceFacetScope.Shown;
        if (problems.Count == 0 && (long)page * size > SearchRequest.MaxWindow)
        {
            problems.Add(new Problem("page", $"page × size may be at most {SearchRequest.MaxWindow:N0} " +
                "(results that deep are better reached with the place and year filters)",
                $"页码 × 每页条数最多 {SearchRequest.MaxWindow:N0}：更靠后的结果请用地区和年份筛选"));
        }
        return problems.Count > 0
            ? (null, placeFacet, problems)
            : (new SearchRequest(query["q"].ToString(), places, years, page, size, sort), placeFacet, []);
    }

    /// <summary>
    /// <c>place</c> and, as it always was, <c>district</c> (or the <paramref name="parameters"/> named):
    /// each a place's code or any of its names (崂山, 崂山区, 黄岛区, 山东省, 全国), repeatable. A name of
    /// no place is a problem; so is a name of several places, listed with their codes.
    /// </summary>
    internal static List<Place> Places(IQueryCollection query, List<Problem> problems, params string[] parameters)
    {
        var places = new List<Place>();
        foreach (var parameter in parameters.Length > 0 ? parameters : ["place", "district"])
        {
            // An empty value is no filter: a form's "any" choice sends the parameter empty.
            var values = new StringValues([.. query[parameter].Where(value => !string.IsNullOrWhiteSpace(value))]);
            if (values.Count > MaxValues)
                problems.Add(new Problem(parameter, $"at most {MaxValues} values", $"地区最多选{MaxValues}个"));
            foreach (var value in values.Take(MaxValues))
            {
                switch (GivenPlace.Candidates(value ?? ""))
                {
                    case [var place]:
                        places.Add(place);
                        break;
                    case []:
                        problems.Add(new Problem(parameter, $"\"{Shorten(value)}\" is not a place: give a code or a name of the nation, a province, a city or a county (崂山, 崂山区, 山东省, 370212)",
                            $"没有叫“{Shorten(value)}”的地区：请写全国、省、市或区县的名称或代码（如崂山、崂山区、山东省、370212）"));
                        break;
                    case var several:
                        problems.Add(new Problem(parameter, $"\"{Shorten(value)}\" may be {string.Join("、", several.Take(8).Select(GivenPlace.Described))}: give the code",
                            $"“{Shorten(value)}”可能是{string.Join("、", several.Take(8).Select(GivenPlace.Described))}，请用代码指明"));
                        break;
                }
            }
        }
        return [.. places.Distinct()];
    }

    internal static List<int> Years(StringValues values, List<Problem> problems)
    {
        var years = new List<int>();
        if (values.Count > MaxValues)
            problems.Add(new Problem("year", $"at most {MaxValues} values", $"年份最多选{MaxValues}个"));
        foreach (var value in values.Take(MaxValues))
        {
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= ReportYear.Earliest and <= ReportYear.Latest)
                years.Add(year);
            else
                problems.Add(new Problem("year", $"\"{Shorten(value)}\" is not a year from {ReportYear.Earliest} to {ReportYear.Latest}",
                    $"“{Shorten(value)}”不是{ReportYear.Earliest}至{ReportYear.Latest}年间的年份"));
        }
        return years;
    }

    internal static int Integer(StringValues values, string name, int fallback, int min, int max, List<Problem> problems)
    {
        if (values.Count == 0 || string.IsNullOrEmpty(values[0]))
            return fallback;
        if (values.Count > 1)
        {
            problems.Add(new Problem(name, "give it once", "只能给一个值"));
            return fallback;
        }
        if (int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
            return number;
        var range = max == int.MaxValue ? $"a whole number from {min}" : $"a whole number from {min} to {max}";
        var inChinese = max == int.MaxValue ? $"不小于{min}的整数" : $"{min}至{max}的整数";
        problems.Add(new Problem(name, $"\"{Shorten(values[0])}\" is not {range}", $"“{Shorten(values[0])}”不是{inChinese}"));
        return fallback;
    }

    /// <summary>The one value given, by its wire name (any case); null when none is given or it breaks the rule.</summary>
    internal static T? OneOf<T>(StringValues values, string name, WireName<T> names, List<Problem> problems) where T : struct, Enum
    {
        if (values.Count == 0 || string.IsNullOrEmpty(values[0]))
            return null;
        if (values.Count == 1 && names.Parse(values[0]) is { } value)
            return value;
        problems.Add(values.Count > 1
            ? new Problem(name, "give it once", "只能给一个值")
            : new Problem(name, $"\"{Shorten(values[0])}\" is not one of {string.Join(", ", names.Names)}", $"“{Shorten(values[0])}”不是可选值（可选：{string.Join("、", names.Names)}）"));
        return null;
    }

    /// <summary>The values given, without empty ones: a form's "any" choice sends the parameter empty.</summary>
    internal static StringValues Given(StringValues values) => new([.. values.Where(value => !string.IsNullOrWhiteSpace(value))]);

    /// <summary>Echoes at most a few characters of a bad value back: enough to recognise it, never a flood.</summary>
    internal static string Shorten(string? value) =>
        value is null ? "" : value.Length <= MaxValueLength ? value : value[..MaxValueLength] + "…";
}
