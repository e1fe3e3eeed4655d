using System.Globalization;
using Search.Corpus.Figures;
using Search.Rendering;

namespace Search.Host.Pages;

/// <summary>
/// A bar chart as inline SVG, drawn on the server: no script, no library. Each group (a district
/// or a year) has a bar for the target and one for the result, each labelled with its value as the
/// report words it (6.5%左右, 5.5%以上); a kind no group has takes no room, and a group's name sits
/// centred under the bars it has (a group without a number keeps its place and its name).
/// </summary>
internal static class FigureChart
{
    public sealed record Group(string Label, KeyFigure? Target, KeyFigure? Result);

    private const int Height = 280;
    private const int Top = 44;
    private const int Bottom = 40;
    private const int Left = 16;
    private const int Slot = 44;
    private const int BarWidth = 26;
    private const int GroupGap = 20;
    private const int LineHeight = 12;

    public static void Render(Html html, string title, IReadOnlyList<Group> groups)
    {
        // Only the kinds some group has take a slot: a year of targets alone is one bar a group.
        var kinds = new[] { FigureKind.Target, FigureKind.Result }.Where(kind => groups.Any(group => Of(group, kind)?.Value is not null)).ToList();
        var slots = Math.Max(1, kinds.Count);
        var groupWidth = slots * Slot + GroupGap;
        var width = Math.Max(320, Left * 2 + groups.Count * groupWidth);
        var max = groups.SelectMany(group => kinds.Select(kind => Of(group, kind)?.Value)).Max() ?? 0;
        var scale = max <= 0 ? 0 : (Height - Top - Bottom) / (double)max;
        var baseline = Height - Bottom;

        html.Raw($"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {Height}\" width=\"{width}\" height=\"{Height}\" role=\"img\" aria-labelledby=\"chart-title\">")
            .Raw("<title id=\"chart-title\">").Text(title).Raw("</title>")
            .Raw($"<line class=\"axis\" x1=\"{Left}\" y1=\"{baseline}\" x2=\"{width - Left}\" y2=\"{baseline}\"/>");
        for (var i = 0; i < groups.Count; i++)
        {
            var start = Left + GroupGap / 2 + i * groupWidth;
            var centres = new List<double>();
            for (var slot = 0; slot < kinds.Count; slot++)
            {
                var centre = start + slot * Slot + Slot / 2.0;
                if (Bar(html, kinds[slot], centre, Of(groups[i], kinds[slot]), scale, baseline))
                    centres.Add(centre);
            }
            var under = centres.Count > 0 ? centres.Average() : start + slots * Slot / 2.0;
            html.Raw($"<text class=\"group\" x=\"{Number(under)}\" y=\"{baseline + 18}\" text-anchor=\"middle\">").Text(groups[i].Label).Raw("</text>");
        }
        html.Raw("</svg>");
    }

    private static KeyFigure? Of(Group group, FigureKind kind) => kind == FigureKind.Target ? group.Target : group.Result;

    /// <summary>A bar centred on <paramref name="centre"/> with its value above it, a line a part; false when the figure has no number.</summary>
    private static bool Bar(Html html, FigureKind kind, double centre, KeyFigure? figure, double scale, int baseline)
    {
        if (figure?.Value is not { } number)
            return false;
        var height = Math.Max(1, (int)Math.Round((double)number * scale));
        var lines = FigureWording.ValueLines(figure);
        html.Raw($"<rect class=\"bar {WireNames.Kind[kind]}\" x=\"{Number(centre - BarWidth / 2.0)}\" y=\"{baseline - height}\" width=\"{BarWidth}\" height=\"{height}\"><title>")
            .Text($"{FigureWording.Kind(kind)} {FigureWording.Value(figure)}").Raw("</title></rect>")
            .Raw($"<text class=\"value\" x=\"{Number(centre)}\" y=\"{baseline - height - 5 - (lines.Count - 1) * LineHeight}\" text-anchor=\"middle\">");
        for (var line = 0; line < lines.Count; line++)
            html.Raw(line == 0 ? $"<tspan x=\"{Number(centre)}\">" : $"<tspan x=\"{Number(centre)}\" dy=\"{LineHeight}\">").Text(lines[line]).Raw("</tspan>");
        html.Raw("</text>");
        return true;
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
