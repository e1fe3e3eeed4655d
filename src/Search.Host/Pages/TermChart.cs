using System.Globalization;
using Search.Engine.Terms;

namespace Search.Host.Pages;

/// <summary>
/// A term's trend as a line chart in inline SVG, drawn on the server: mentions per 10,000
/// characters by year (rates, so a long report and a short article compare), a line per place, a
/// point for each year the place has reports of; a year without one has no point, and the line
/// runs on to the next. Each point's title says its numbers; the table beside it holds them all.
/// </summary>
internal static class TermChart
{
    private const int Height = 240;
    private const int Top = 20;
    private const int Bottom = 28;
    private const int Left = 44;
    private const int Right = 16;
    private const int MinStep = 14;
    private const int MaxStep = 48;

    public static void Render(Html html, string title, IReadOnlyList<TrendLine> lines, IReadOnlyList<string> names)
    {
        var years = lines.SelectMany(line => line.Points).Select(point => point.Year).ToList();
        if (years.Count == 0)
            return;
        var (first, last) = (years.Min(), years.Max());
        var step = Math.Clamp(600 / Math.Max(1, last - first), MinStep, MaxStep);
        var width = Left + Right + Math.Max(1, last - first) * step;
        var max = Math.Max(lines.SelectMany(line => line.Points).Max(point => point.Count.PerTenThousand), 0.01);
        var baseline = Height - Bottom;
        double X(int year) => Left + (year - first) * step;
        double Y(double rate) => baseline - rate / max * (baseline - Top);

        html.Raw($"<svg class=\"term-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {Height}\" width=\"{width}\" height=\"{Height}\" role=\"img\" aria-labelledby=\"term-chart-title\">")
            .Raw("<title id=\"term-chart-title\">").Text(title).Raw("</title>")
            .Raw($"<line class=\"axis\" x1=\"{Left}\" y1=\"{baseline}\" x2=\"{width - Right}\" y2=\"{baseline}\"/>")
            .Raw($"<text class=\"scale\" x=\"{Left - 6}\" y=\"{N(Y(max) + 4)}\" text-anchor=\"end\">{N(max)}</text>")
            .Raw($"<text class=\"scale\" x=\"{Left - 6}\" y=\"{baseline + 4}\" text-anchor=\"end\">0</text>");
        // Every year labelled when they fit, else every fifth.
        var every = step >= 36 ? 1 : 5;
        for (var year = first; year <= last; year++)
        {
            if (year == first || year == last || (year % every == 0 && year - first >= every / 2 && last - year >= every / 2))
                html.Raw($"<text class=\"year\" x=\"{N(X(year))}\" y=\"{Height - 8}\" text-anchor=\"middle\">{year}</text>");
        }
        for (var i = 0; i < lines.Count; i++)
        {
            var points = lines[i].Points;
            html.Raw($"<g class=\"series series-{i % 10}\">");
            if (points.Count > 1)
                html.Raw("<polyline points=\"").Raw(string.Join(" ", points.Select(point => $"{N(X(point.Year))},{N(Y(point.Count.PerTenThousand))}"))).Raw("\"/>");
            foreach (var point in points)
            {
                html.Raw($"<circle cx=\"{N(X(point.Year))}\" cy=\"{N(Y(point.Count.PerTenThousand))}\" r=\"3.5\"><title>")
                    .Text($"{names[i]} {point.Year}年：{point.Count.Mentions}次，{point.Count.Articles}篇，每万字{N(point.Count.PerTenThousand)}次").Raw("</title></circle>");
            }
            html.Raw("</g>");
        }
        html.Raw("</svg>");
    }

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
