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
public sealed class WireName<T> where T : struct, Enum
{
    private readonly Dictionary<T, string> _names;
    private readonly Dictionary<string, T> _values;

    public WireName(params (T Value, string Name)[] names)
    {
        _names = names.ToDictionary(pair => pair.Value, pair => pair.Name);
        _values = names.ToDictionary(pair => pair.Name, pair => pair.Value, StringComparer.OrdinalIgnoreCase);
        if (_names.Count != Enum.GetValues<T>().Length)
            throw new ArgumentException($"every value of {typeof(T).Name} needs a wire name", nameof(names));
        Names = [.. names.Select(pair => pair.Name)];
    }

    /// <summary>Every name, in the order given.</summary>
    public IReadOnlyList<string> Names { get; }

    public string this[T value] => _names[value];

    public T? Parse(string? name) => name is not null && _values.TryGetValue(name, out var value) ? value : null;
}
