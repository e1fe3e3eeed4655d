using Search.Corpus.Figures;
using Search.Index;
using Search.Places;

namespace Search.Engine.Figures;

/// <summary>Which key figures to list; an empty list or null means any. A place passes the figures of the places under it.</summary>
/// <param name="Levels">Only figures of governments of these levels (provinces, cities …).</param>
public sealed record FigureRequest(
    IReadOnlyList<Place>? Places = null,
    IReadOnlyList<int>? Years = null,
    IReadOnlyList<string>? Indicators = null,
    FigureKind? Kind = null,
    IReadOnlyList<PlaceLevel>? Levels = null);

/// <summary>A key figure with its article's title.</summary>
public sealed record FigureRow(KeyFigure Figure, string ArticleTitle);

/// <summary>
/// The key figures of one view of the index that pass a <see cref="FigureRequest"/>, in the order
/// readers compare them: newest year first, then places (by code), indicators (<see cref="Indicators.All"/>),
/// growth before amount, target before result, and place in the text.
/// </summary>
public static class FigureFinder
{
    /// <param name="sentences">Whether each row needs its sentence (read from the article's body); without, <see cref="KeyFigure.SentenceText"/> is empty.</param>
    public static IReadOnlyList<FigureRow> Find(ArticleIndex index, FigureRequest request, bool sentences = true)
    {
        var indicatorOrder = Indicators.All.Select((indicator, i) => (indicator.Name, i)).ToDictionary(pair => pair.Name, pair => pair.i);
        return index.Figures(figure => Passes(figure, request), sentences)
            .OrderByDescending(entry => entry.Figure.Year)
            .ThenBy(entry => entry.Figure.Place.Code, StringComparer.Ordinal)
            .ThenBy(entry => indicatorOrder.GetValueOrDefault(entry.Figure.Indicator, int.MaxValue))
            .ThenBy(entry => entry.Figure.Measure)
            .ThenBy(entry => entry.Figure.Kind)
            .ThenBy(entry => entry.Figure.Figure.Start)
            .Select(entry => new FigureRow(entry.Figure, entry.Title))
            .ToList();
    }

    private static bool Passes(KeyFigure figure, FigureRequest request) =>
        (request.Places is not { Count: > 0 } places || places.Any(area => Gazetteer.IsWithin(figure.Place, area)))
        && (request.Years is not { Count: > 0 } years || years.Contains(figure.Year))
        && (request.Indicators is not { Count: > 0 } indicators || indicators.Contains(figure.Indicator))
        && (request.Kind is not { } kind || figure.Kind == kind)
        && (request.Levels is not { Count: > 0 } levels || levels.Contains(figure.Place.Level));
}
