using System.Globalization;
using Search.Corpus.Figures;
using Search.Rendering;

namespace Search.Host.Pages;

/// <summary>
/// A bar chart as inline SVG, drawn on the server: no script, no library. Each group (a district
/// or a year) has up to two bars, the target and the result, labelled with their values; groups
/// without a number are left out by the caller.
/// </summary>
internal static class FigureChart
{
    public sealed record Group(string Label, decimal? Target, decimal? Result);

    private const int Height = 260;
    private const int Top = 28;
    private const int Bottom = 40;
    private const int Left = 16;
    private const int BarWidth = 22;
    private const int GroupGap = 26;

    public static void Render(Html html, string title, string unit, IReadOnlyList<Group> groups)
    {
        var groupWidth = 2 * BarWidth + GroupGap;
        var width = Math.Max(320, Left * 2 + groups.Count * groupWidth);
        var max = groups.SelectMany(group => new[] { group.Target, group.Result }).Max() ?? 0;
        var scale = max <= 0 ? 0 : (Height - Top - Bottom) / (double)max;
        var baseline = Height - Bottom;

        html.Raw($"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {Height}\" width=\"{width}\" height=\"{Height}\" role=\"img\" aria-labelledby=\"chart-title\">")
            .Raw("<title id=\"chart-title\">").Text(title).Raw("</title>")
            .Raw($"<line class=\"axis\" x1=\"{Left}\" y1=\"{baseline}\" x2=\"{width - Left}\" y2=\"{baseline}\"/>");
        for (var i = 0; i < groups.Count; i++)
        {
            var x = Left + GroupGap / 2 + i * groupWidth;
            Bar(html, FigureKind.Target, x, groups[i].Target, scale, baseline, unit);
            Bar(html, FigureKind.Result, x + BarWidth, groups[i].Result, scale, baseline, unit);
            html.Raw($"<text class=\"group\" x=\"{x + BarWidth}\" y=\"{baseline + 18}\" text-anchor=\"middle\">").Text(groups[i].Label).Raw("</text>");
        }
        html.Raw("</svg>");
    }

    private static void Bar(Html html, FigureKind kind, int x, decimal? value, double scale, int baseline, string unit)
    {
        if (value is not { } number)
            return;
        var height = Math.Max(1, (int)Math.Round((double)number * scale));
        var label = number.ToString(CultureInfo.InvariantCulture) + unit;
        html.Raw($"<rect class=\"bar {WireNames.Kind[kind]}\" x=\"{x}\" y=\"{baseline - height}\" width=\"{BarWidth - 2}\" height=\"{height}\"><title>")
            .Text($"{FigureWording.Kind(kind)} {label}").Raw("</title></rect>")
            .Raw($"<text class=\"value\" x=\"{x + BarWidth / 2 - 1}\" y=\"{baseline - height - 5}\" text-anchor=\"middle\">").Text(label).Raw("</text>");
    }
}
