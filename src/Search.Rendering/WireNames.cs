using Search.Corpus.Figures;
using Search.Engine.Figures;
using Search.Engine.Searching;
using Search.Engine.Suggesting;
using Search.Engine.Terms;
using Search.Places;

namespace Search.Rendering;

/// <summary>
/// The words the API, the pages' addresses, the OpenAPI document and the figures' CSV use for
/// enumerations, each spelled here once and read back from here.
/// </summary>
public static class WireNames
{
    public static readonly WireName<SortOrder> Sort = new((SortOrder.Relevance, "relevance"), (SortOrder.Date, "date"));

    public static readonly WireName<FigureKind> Kind = new((FigureKind.Target, "target"), (FigureKind.Result, "result"));

    public static readonly WireName<Verdict> Verdict = new((Engine.Figures.Verdict.Met, "met"), (Engine.Figures.Verdict.Missed, "missed"), (Engine.Figures.Verdict.NotComparable, "not_comparable"));

    public static readonly WireName<FigureMeasure> Measure = new((FigureMeasure.Growth, "growth"), (FigureMeasure.Amount, "amount"));

    public static readonly WireName<PlaceLevel> Level = new(
        (PlaceLevel.National, "national"), (PlaceLevel.Province, "province"), (PlaceLevel.City, "city"), (PlaceLevel.County, "county"));

    public static readonly WireName<ChartAxis> Chart = new((ChartAxis.Districts, "districts"), (ChartAxis.Years, "years"), (ChartAxis.PlacesByYears, "places-years"));

    public static readonly WireName<SuggestionKind> Suggestion = new((SuggestionKind.Word, "word"), (SuggestionKind.Title, "title"));

    public static readonly WireName<PlaceFacetScope> PlaceFacet = new((PlaceFacetScope.Shown, "shown"), (PlaceFacetScope.All, "all"));

    public static readonly WireName<NewAgainst> Against = new((NewAgainst.Place, "place"), (NewAgainst.All, "all"));
}

/// <summary>An enumeration's wire names: the name of each value, and the value of a name in any case.</summary>
/// <remarks>
/// Two arrays searched from the start, not dictionaries: a table has two to four names, and code
/// generic over an enumeration is compiled for each one at its first use, not ahead of time — nine
/// tables built with LINQ and two dictionaries each were 300 methods compiled in a start's first
/// search.
/// </remarks>
public sealed class WireName<T> where T : struct, Enum
{
    private readonly T[] _values;
    private readonly string[] _names;

    public WireName(params (T Value, string Name)[] names)
    {
        _values = new T[names.Length];
        _names = new string[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            ArgumentException.ThrowIfNullOrEmpty(names[i].Name, nameof(names));
            if (!Enum.IsDefined(typeof(T), names[i].Value))
                throw new ArgumentException($"{names[i].Value} is not a {typeof(T).Name}", nameof(names));
            // The names so far fill the first i places; Parse skips the empty ones after them.
            if (Array.IndexOf(_values, names[i].Value, 0, i) >= 0 || Parse(names[i].Name) is not null)
                throw new ArgumentException($"{names[i].Value} or \"{names[i].Name}\" is in the table twice", nameof(names));
            (_values[i], _names[i]) = names[i];
        }
        Names = Array.AsReadOnly(_names);
        if (names.Length != Enum.GetValuesAsUnderlyingType(typeof(T)).Length)
            throw new ArgumentException($"every value of {typeof(T).Name} needs a wire name", nameof(names));
    }

    /// <summary>Every name, in the order given.</summary>
    public IReadOnlyList<string> Names { get; }

    public string this[T value] => Array.IndexOf(_values, value) is var i and >= 0 ? _names[i] : throw new KeyNotFoundException($"{value} has no wire name");

    public T? Parse(string? name)
    {
        if (name is null)
            return null;
        for (var i = 0; i < _names.Length; i++)
        {
            if (string.Equals(_names[i], name, StringComparison.OrdinalIgnoreCase))
                return _values[i];
        }
        return null;
    }
}
