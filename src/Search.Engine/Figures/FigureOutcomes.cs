using Search.Corpus.Figures;
using Search.Places;

namespace Search.Engine.Figures;

/// <summary>Whether a year's result reached the target set for it.</summary>
public enum Verdict
{
    Met,
    Missed,

    /// <summary>The target has no number (与经济增长同步), or the two are in different units.</summary>
    NotComparable,
}

/// <summary>
/// A target of a place, indicator, measure and year beside the result reported for it (normally in
/// the next year's report); no result yet, no verdict.
/// </summary>
/// <param name="Difference">The result less the target (points for a %), when both have a number in one unit.</param>
public sealed record FigureOutcome(
    Place Place, int Year, string Indicator, FigureMeasure Measure, FigureRow Target, FigureRow? Result, Verdict? Verdict, decimal? Difference);

/// <summary>
/// Targets beside their results, judged by one written rule (<see cref="Rules"/>): what a report
/// promised and what the next one says it reached.
/// </summary>
public static class FigureOutcomes
{
    /// <summary>The rule, as the API and the page state it.</summary>
    public const string Rules =
        "A target is met when the result reaches it: at or above it (以上, 不低于, 不少于, 超过, 力争, or no qualifier); at or under it " +
        "for a ceiling (以内, 以下, 不高于; and prices and unemployment, whose targets are ceilings); for a percentage with 左右 or 约, within " +
        "half a point on the side that matters (at least the target less 0.5, or at most the target plus 0.5 for a ceiling; amounts have " +
        "no such margin); for a range, at or above its lower end (at or under its upper end for a ceiling); for a fall of at least so much " +
        "(下降3%以上), at or below it. A target without a number (与经济增长同步) or in another unit than its result is not comparable.";

    /// <summary>Half a point: how far a result may fall short of a target of "about" (左右, 约) a percentage.</summary>
    private const decimal AboutTolerance = 0.5m;

    private static readonly HashSet<string> AtMost = ["以内", "以下", "不高于"];

    private static readonly HashSet<string> About = ["左右", "约"];

    /// <param name="rows">Figures in <see cref="FigureFinder"/>'s order: targets and results together.</param>
    public static IReadOnlyList<FigureOutcome> Of(IReadOnlyList<FigureRow> rows)
    {
        var outcomes = new List<FigureOutcome>();
        foreach (var group in rows.GroupBy(row => (row.Figure.Place.Code, row.Figure.Year, row.Figure.Indicator, row.Figure.Measure)))
        {
            if (group.FirstOrDefault(row => row.Figure.Kind == FigureKind.Target) is not { } target)
                continue;
            // A final figure over a preliminary one (预计, 初步统计) when the corpus holds both.
            var result = group.Where(row => row.Figure.Kind == FigureKind.Result).OrderBy(row => row.Figure.Estimate).FirstOrDefault();
            var (verdict, difference) = Judge(target.Figure, result?.Figure);
            outcomes.Add(new FigureOutcome(target.Figure.Place, target.Figure.Year, target.Figure.Indicator, target.Figure.Measure, target, result, verdict, difference));
        }
        return outcomes;
    }

    /// <summary>The verdict on a target and its result by <see cref="Rules"/>, and the result less the target; no verdict without a result.</summary>
    public static (Verdict? Verdict, decimal? Difference) Judge(KeyFigure target, KeyFigure? result)
    {
        if (result is null)
            return (null, null);
        if (target.Value is not { } low || result.Value is not { } reached || target.Unit != result.Unit)
            return (Verdict.NotComparable, null);
        var ceiling = (Indicators.Named(target.Indicator)?.Ceiling ?? false) || AtMost.Contains(target.Qualifier ?? "")
            || low < 0; // a fall (下降3%以上) is reached by falling at least as far
        var high = target.ValueHigh ?? low;
        var tolerance = About.Contains(target.Qualifier ?? "") && target.Unit == "%" ? AboutTolerance : 0;
        var met = ceiling ? reached <= (low < 0 ? low : high) + tolerance : reached >= low - tolerance;
        return (met ? Verdict.Met : Verdict.Missed, reached - low);
    }
}
