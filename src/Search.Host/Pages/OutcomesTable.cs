using System.Globalization;
using Search.Corpus.Figures;
using Search.Engine.Figures;
using Search.Rendering;

namespace Search.Host.Pages;

/// <summary>
/// The figures page's "met or missed" table: for the view's year and places, each target beside the
/// result reported for it, the difference and the verdict, values linking to their sentences, and
/// the rule that judged them.
/// </summary>
internal static class OutcomesTable
{
    /// <param name="rows">The figures of the view, targets and results both: each target is shown beside its result.</param>
    public static void Render(Html html, string caption, string empty, IReadOnlyList<FigureRow> rows)
    {
        var outcomes = FigureOutcomes.Of(rows);
        FigureTable.OpenScrolling(html, caption);
        html.Raw("<table class=\"outcome-table\"><caption>").Text(caption).Raw("</caption><thead><tr>")
            .Raw("<th scope=\"col\">地区</th><th scope=\"col\">年份</th><th scope=\"col\">指标</th><th scope=\"col\">目标</th><th scope=\"col\">实际</th><th scope=\"col\">差</th><th scope=\"col\">结果</th></tr></thead><tbody>");
        if (outcomes.Count == 0)
            html.Raw("<tr><td class=\"empty\" colspan=\"7\">").Text(empty).Raw("</td></tr>");
        foreach (var outcome in outcomes)
        {
            html.Raw("<tr><th scope=\"row\">").Text(outcome.Place.Name).Raw("</th><td>").Text($"{outcome.Year}年").Raw("</td><td>")
                .Text(FigureWording.Label(outcome.Indicator, outcome.Measure)).Raw("</td><td>");
            Value(html, outcome.Target.Figure);
            html.Raw("</td><td>");
            if (outcome.Result is { } result)
                Value(html, result.Figure);
            else
                html.Raw("<span class=\"absent\" title=\"").Text($"本库还没有{outcome.Place.Name}{outcome.Year + 1}年的报告，或其中没有这项指标").Raw("\">—</span>");
            html.Raw("</td><td>").Text(outcome.Difference is { } difference ? difference.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture) : "")
                .Raw("</td><td class=\"verdict ").Raw(outcome.Verdict is { } verdict ? WireNames.Verdict[verdict] : "pending").Raw("\">")
                .Text(Word(outcome)).Raw("</td></tr>");
        }
        html.Raw("</tbody></table>");
        FigureTable.CloseScrolling(html);
        html.Raw("<p class=\"rule\">").Text("判定规则：" + RulesInChinese).Raw("</p>");
    }

    /// <summary>A figure's value as the report words it, opening its article at its sentence (shown on hover); an estimate says so.</summary>
    public static void Value(Html html, KeyFigure figure) =>
        html.Raw("<a href=\"").Text(FiguresView.ArticleUrl(figure)).Raw("\" title=\"").Text(figure.SentenceText).Raw("\">")
            .Text(FigureWording.Value(figure)).Raw(figure.Estimate ? "（预计）" : "").Raw("</a>");

    private static string Word(FigureOutcome outcome) => outcome.Verdict switch
    {
        Verdict.Met => "达成",
        Verdict.Missed => "未达成",
        Verdict.NotComparable => outcome.Target.Figure.Value is null ? "不可比（目标无数值）" : "不可比（口径不同）",
        _ => "待公布",
    };

    /// <summary><see cref="FigureOutcomes.Rules"/> as the page's readers read it.</summary>
    private const string RulesInChinese =
        "实际值达到目标即为达成：“以上”“不低于”“不少于”“超过”“力争”或无限定词时不低于目标；“以内”“以下”“不高于”以及物价、失业率等上限目标时不高于目标；" +
        "百分比目标带“左右”或“约”的允许相差0.5个百分点（不低于目标减0.5，上限目标不高于目标加0.5；总量目标不设此余量）；" +
        "区间目标不低于下限（上限目标不高于上限）；“下降……以上”的目标须降幅不小于目标。" +
        "目标无数值（如与经济增长同步）或与实际口径不同的，不作判定；下一年报告尚未收录的，显示“待公布”。";
}
