using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Search.Engine.Figures;
using Search.Places;
using Search.Rendering;

namespace Search.Host.Pages;

/// <summary>
/// The figures page's "levels" table, for a view of one place: each indicator's target of the place
/// beside those of the governments above it, and how far the place's is above or below each.
/// </summary>
internal static class LevelsTable
{
    public static void Render(Html html, FiguresView view, IReadOnlyList<FigureRow> inYear)
    {
        if (view is not { Places: [var place], Year: { } year })
            return;
        var levels = FigureLevels.Of(place, year, inYear);
        var caption = $"{year}年各级目标对比：{string.Join(" › ", levels.Chain.Select(level => level.Name))}";
        FigureTable.OpenScrolling(html, caption);
        html.Raw("<table class=\"outcome-table levels\"><caption>").Text(caption)
            .Raw("</caption><thead><tr><th scope=\"col\">指标</th>");
        foreach (var level in levels.Chain)
            html.Raw("<th scope=\"col\">").Text(level.Name).Raw("</th>");
        html.Raw("</tr></thead><tbody>");
        if (levels.Rows.Count == 0)
        {
            html.Raw("<tr><td class=\"empty\" colspan=\"").Raw((levels.Chain.Count + 1).ToString(CultureInfo.InvariantCulture)).Raw("\">")
                .Text($"没有找到{place.Name}及其上级{year}年的目标。").Raw("</td></tr>");
        }
        foreach (var row in levels.Rows)
        {
            html.Raw("<tr><th scope=\"row\">").Text(FigureWording.Label(row.Indicator, row.Measure)).Raw("</th>");
            for (var i = 0; i < levels.Chain.Count; i++)
            {
                html.Raw("<td>");
                if (row.Targets[i] is { } target)
                {
                    OutcomesTable.Value(html, target.Figure);
                    if (i > 0 && row.Differences[i] is { } difference)
                        html.Raw("<span class=\"difference\">").Text($"（{place.Name}{difference.ToString("+0.##;-0.##;持平", CultureInfo.InvariantCulture)}）").Raw("</span>");
                }
                else
                {
                    html.Raw("<span class=\"absent\" title=\"").Text($"本库没有{levels.Chain[i].Name}{year}年的这项目标").Raw("\">—</span>");
                }
                html.Raw("</td>");
            }
            html.Raw("</tr>");
        }
        html.Raw("</tbody></table>");
        FigureTable.CloseScrolling(html);
        html.Raw("<p class=\"downloads\">各级目标对比 <a href=\"").Text(ApiUrl("/api/figures/levels.csv", place, year)).Raw("\">CSV</a> · <a href=\"")
            .Text(ApiUrl("/api/figures/levels", place, year)).Raw("\">JSON</a></p>");
    }

    private static string ApiUrl(string path, Place place, int year) =>
        QueryHelpers.AddQueryString(path,
            [new("place", place.Code), new KeyValuePair<string, string?>("year", year.ToString(CultureInfo.InvariantCulture))]);
}
