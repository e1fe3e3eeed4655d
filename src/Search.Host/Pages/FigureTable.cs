using System.Globalization;
using Search.Engine.Figures;
using Search.Places;
using Search.Rendering;

namespace Search.Host.Pages;

/// <summary>
/// The figures page's main table, whichever two things it crosses (places × indicators of a year,
/// a place's years × indicators, places × years of an indicator): each cell the targets and the
/// results of its row and column, every value linking to its sentence, the name the report gives
/// the indicator shown where it is not the indicator's; an empty cell says why it is empty.
/// </summary>
internal static class FigureTable
{
    /// <summary>A row or a column: its heading, and the place and year it stands for (null where the other axis gives them).</summary>
    public sealed record Line(string Heading, Place? Place = null, int? Year = null, string? Indicator = null);

    /// <summary>Where a table gets too wide for the screen (a phone), it scrolls inside its box, which says so, and not the page.</summary>
    public static void OpenScrolling(Html html, string label) =>
        html.Raw("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"").Text(label).Raw("\">");

    public static void CloseScrolling(Html html) =>
        html.Raw("</div><p class=\"scroll-hint\" aria-hidden=\"true\">").Text("← 表格较宽，可左右滑动 →").Raw("</p>");

    public static void Render(Html html, string caption, string corner, IReadOnlyList<Line> rows, IReadOnlyList<Line> columns,
        IReadOnlyList<FigureRow> figures, ReportCoverage coverage, string empty)
    {
        OpenScrolling(html, caption);
        html.Raw("<table class=\"figure-table\"><caption>").Text(caption).Raw("</caption><thead><tr><th scope=\"col\">").Text(corner).Raw("</th>");
        foreach (var column in columns)
            html.Raw("<th scope=\"col\">").Text(column.Heading).Raw("</th>");
        html.Raw("</tr></thead><tbody>");
        if (rows.Count == 0 || columns.Count == 0)
        {
            html.Raw("<tr><td class=\"empty\" colspan=\"").Raw((columns.Count + 1).ToString(CultureInfo.InvariantCulture)).Raw("\">")
                .Text(empty).Raw("</td></tr>");
        }
        foreach (var row in rows.Where(_ => columns.Count > 0))
        {
            html.Raw("<tr><th scope=\"row\">").Text(row.Heading).Raw("</th>");
            foreach (var column in columns)
            {
                var (place, year, indicator) = (row.Place ?? column.Place!, row.Year ?? column.Year!.Value, row.Indicator ?? column.Indicator!);
                var inCell = figures.Where(figure => figure.Figure.Place == place && figure.Figure.Year == year && figure.Figure.Indicator == indicator).ToList();
                html.Raw("<td>");
                if (inCell.Count > 0)
                    Cell(html, inCell);
                else
                    Empty(html, place, year, coverage);
                html.Raw("</td>");
            }
            html.Raw("</tr>");
        }
        html.Raw("</tbody></table>");
        CloseScrolling(html);
    }

    /// <summary>A cell: per measure, the target and then the result it answers, each linking to its sentence; a value repeated by another article is shown once.</summary>
    private static void Cell(Html html, IEnumerable<FigureRow> figures)
    {
        var distinct = figures
            .GroupBy(row => (row.Figure.Measure, row.Figure.Kind, Text: FigureWording.Value(row.Figure)))
            .Select(group => group.First())
            .OrderBy(row => row.Figure.Measure).ThenBy(row => row.Figure.Kind);
        foreach (var row in distinct)
        {
            var kind = WireNames.Kind[row.Figure.Kind];
            html.Raw($"<a class=\"figure-value {kind}\" href=\"").Text(FiguresView.ArticleUrl(row.Figure)).Raw("\" title=\"").Text(row.Figure.SentenceText).Raw("\">")
                .Raw("<span class=\"kind\">").Text(FigureWording.Kind(row.Figure.Kind)).Raw("</span> ").Text(FigureWording.Value(row.Figure)).Raw("</a>");
            // The report's own name, where it is not the column's: 新增城乡就业 counts more than 城镇新增就业 does.
            if (row.Figure.Label != row.Figure.Indicator)
                html.Raw("<span class=\"as-written\">").Text($"原文：{row.Figure.Label}").Raw("</span>");
        }
    }

    /// <summary>
    /// "—" and why: the index holds no report that would give this place's figures of the year (that
    /// year's for its targets, the next's for its results), or holds one that gives none of this indicator.
    /// </summary>
    private static void Empty(Html html, Place place, int year, ReportCoverage coverage)
    {
        var held = new[] { year, year + 1 }.Where(report => coverage.Has(place, report)).Select(report => $"{report}年").ToList();
        var (reason, detail) = held.Count > 0
            ? ("未报告该指标", $"本库收录的{place.Name}{string.Join("、", held)}报告中没有这项指标")
            : ("该年无报告", $"本库没有{place.Name}{year}年的报告（目标），也没有{year + 1}年的报告（实际）");
        html.Raw("<span class=\"absent\" title=\"").Text(detail).Raw("\"><span aria-hidden=\"true\">—</span> <span class=\"reason\">").Text(reason).Raw("</span></span>");
    }
}
