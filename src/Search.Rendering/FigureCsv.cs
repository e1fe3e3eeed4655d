using Search.Engine.Figures;
using static Search.Rendering.Csv;

namespace Search.Rendering;

/// <summary>Key figures, and targets beside their results, as CSV files (<see cref="Csv"/>).</summary>
public static class FigureCsv
{
    private static readonly string[] Header =
        ["district", "year", "kind", "indicator", "label", "measure", "value", "unit", "qualifier", "article_id", "article_title", "sentence", "figure_start", "figure_end", "place_code", "place_level", "value_high", "estimate"];

    private static readonly string[] OutcomeHeader =
        ["place", "place_code", "place_level", "year", "indicator", "measure", "target", "target_high", "target_unit", "target_qualifier",
            "result", "result_unit", "result_estimate", "verdict", "difference", "target_article_id", "result_article_id"];

    private static readonly string[] LevelHeader =
        ["place", "year", "indicator", "measure", "level_place", "level_place_code", "level", "value", "value_high", "unit", "qualifier", "difference", "article_id"];

    /// <summary>A place's targets beside its governments' above: a line per indicator, measure and government of the chain.</summary>
    public static byte[] WriteLevels(LevelComparison levels) => Csv.Write(LevelHeader,
        levels.Rows.SelectMany(row => levels.Chain.Select((level, i) => (row, level, i))), line =>
        {
            var (row, level, i) = line;
            var target = row.Targets[i]?.Figure;
            return
            [
                levels.Place.Name, Number(levels.Year), row.Indicator, WireNames.Measure[row.Measure], level.Name, level.Code, WireNames.Level[level.Level],
                Number(target?.Value), Number(target?.ValueHigh), target?.Unit ?? "", target?.Qualifier ?? "", Number(row.Differences[i]), target?.ArticleId ?? "",
            ];
        });

    public static byte[] Write(IEnumerable<FigureRow> rows) => Csv.Write(Header, rows, row =>
    {
        var f = row.Figure;
        return
        [
            f.Place.Name, Number(f.Year), WireNames.Kind[f.Kind], f.Indicator, f.Label, WireNames.Measure[f.Measure],
            Number(f.Value), f.Unit ?? "", f.Qualifier ?? "",
            f.ArticleId, row.ArticleTitle, f.SentenceText, Number(f.Figure.Start), Number(f.Figure.End), f.Place.Code, WireNames.Level[f.Place.Level],
            Number(f.ValueHigh), f.Estimate ? "true" : "false",
        ];
    });

    public static byte[] WriteOutcomes(IEnumerable<FigureOutcome> outcomes) => Csv.Write(OutcomeHeader, outcomes, outcome =>
    {
        var (target, result) = (outcome.Target.Figure, outcome.Result?.Figure);
        return
        [
            outcome.Place.Name, outcome.Place.Code, WireNames.Level[outcome.Place.Level], Number(outcome.Year), outcome.Indicator, WireNames.Measure[outcome.Measure],
            Number(target.Value), Number(target.ValueHigh), target.Unit ?? "", target.Qualifier ?? "",
            Number(result?.Value), result?.Unit ?? "", result is null ? "" : result.Estimate ? "true" : "false",
            outcome.Verdict is { } verdict ? WireNames.Verdict[verdict] : "", Number(outcome.Difference), target.ArticleId, result?.ArticleId ?? "",
        ];
    });
}
