using Search.Corpus.Figures;
using Search.Places;

namespace Search.Engine.Figures;

/// <summary>
/// One indicator's targets for a year at a place and at each government above it (崂山区 › 青岛市 ›
/// 山东省 › 全国), with the place's target less each of theirs: how a target is passed down and
/// raised on the way (the "target amplification" of Li, Liu, Weng and Zhou, Economic Journal 2019).
/// </summary>
/// <param name="Targets">One per place of <see cref="LevelComparison.Chain"/>, null where that government's report is not in the corpus or sets none.</param>
/// <param name="Differences">The first place's target less each place's (points for a %), null where either has no number or they differ in unit.</param>
public sealed record LevelRow(string Indicator, FigureMeasure Measure, IReadOnlyList<FigureRow?> Targets, IReadOnlyList<decimal?> Differences);

/// <summary>The targets of <see cref="Place"/> and the governments above it for <see cref="Year"/>, an indicator and measure a row.</summary>
/// <param name="Chain">The place, then the places above it nearest first, then the nation.</param>
public sealed record LevelComparison(Place Place, int Year, IReadOnlyList<Place> Chain, IReadOnlyList<LevelRow> Rows);

public static class FigureLevels
{
    /// <summary>The place and every government above it, nearest first, ending with the nation.</summary>
    public static IReadOnlyList<Place> Chain(Place place) =>
        place == Gazetteer.Nation ? [place] : [place, .. Gazetteer.Ancestors(place), Gazetteer.Nation];

    /// <param name="targets">Targets of the year (any places; those off the chain are left out), in <see cref="FigureFinder"/>'s order.</param>
    /// <returns>A row for each indicator and measure the place or a government above it set a target for, in indicator order.</returns>
    public static LevelComparison Of(Place place, int year, IReadOnlyList<FigureRow> targets)
    {
        var chain = Chain(place);
        var order = Indicators.All.Select((indicator, i) => (indicator.Name, i)).ToDictionary(pair => pair.Name, pair => pair.i);
        var rows = targets
            .Where(row => row.Figure.Kind == FigureKind.Target && row.Figure.Year == year && chain.Contains(row.Figure.Place))
            .GroupBy(row => (row.Figure.Indicator, row.Figure.Measure))
            .OrderBy(group => order.GetValueOrDefault(group.Key.Indicator, int.MaxValue)).ThenBy(group => group.Key.Measure)
            .Select(group =>
            {
                IReadOnlyList<FigureRow?> set = [.. chain.Select(level => group.FirstOrDefault(row => row.Figure.Place == level))];
                return new LevelRow(group.Key.Indicator, group.Key.Measure, set, [.. set.Select(other => Difference(set[0]?.Figure, other?.Figure))]);
            })
            .ToList();
        return new LevelComparison(place, year, chain, rows);
    }

    private static decimal? Difference(KeyFigure? own, KeyFigure? other) =>
        own?.Value is { } mine && other?.Value is { } theirs && own.Unit == other.Unit ? mine - theirs : null;
}
