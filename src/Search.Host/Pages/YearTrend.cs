using System.Globalization;
using Search.Engine.Searching;

namespace Search.Host.Pages;

/// <summary>
/// The year facet drawn: how many articles match in each year, as a small line chart in inline SVG
/// above the results, every year between the first and the last on the axis (a year without a
/// match at zero), each year's column a link that narrows the search to its year. Nothing is drawn for a
/// single year: a line needs two. The chart is a group of links, not an image (an image holds no
/// links a screen reader can reach): each link is named by its title, "2023年：2篇" (a tooltip too), not by
/// its two numbers read together.
/// </summary>
internal static class YearTrend
{
    private const int Step = 44;
    private const int Height = 84;
    private const int Top = 18;
    private const int Bottom = 22;
    private const int Side = 22;

    public static void Render(Html html, PageState state, IReadOnlyList<FacetValue<int>> years)
    {
        var counted = years.Where(year => year.Count > 0).ToList();
        if (counted.Count < 2)
            return;
        var (first, last) = (counted.Min(year => year.Value), counted.Max(year => year.Value));
        var byYear = years.ToDictionary(year => year.Value);
        var max = counted.Max(year => year.Count);
        var width = Side * 2 + (last - first) * Step;
        var baseline = Height - Bottom;
        double X(int year) => Side + (year - first) * Step;
        double Y(int count) => baseline - (double)count / max * (baseline - Top);
        string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

        var points = Enumerable.Range(first, last - first + 1).Select(year => (Year: year, Count: byYear.GetValueOrDefault(year).Count)).ToList();
        html.Raw($"<figure class=\"trend\" id=\"trend\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {Height}\" width=\"{width}\" height=\"{Height}\" role=\"group\" aria-labelledby=\"trend-title\">")
            .Raw("<title id=\"trend-title\">各年份匹配文章数</title>")
            .Raw($"<line class=\"axis\" x1=\"{Side / 2}\" y1=\"{baseline}\" x2=\"{width - Side / 2}\" y2=\"{baseline}\"/>")
            .Raw("<polyline class=\"line\" points=\"").Raw(string.Join(" ", points.Select(point => $"{N(X(point.Year))},{N(Y(point.Count))}"))).Raw("\"/>");
        foreach (var (year, count) in points)
        {
            var selected = byYear.GetValueOrDefault(year).Selected;
            var label = year.ToString(CultureInfo.InvariantCulture);
            html.Raw("<a href=\"").Text(state.Toggle(year).Url()).Raw("\" class=\"point").Raw(selected ? " selected" : "").Raw("\" data-year=\"").Raw(label).Raw(selected ? "\" aria-current=\"true\">" : "\">")
                .Raw("<title>").Text($"{label}年：{count}篇").Raw("</title>")
                .Raw($"<rect class=\"column\" x=\"{N(X(year) - Step / 2.0)}\" y=\"0\" width=\"{Step}\" height=\"{Height}\"/>")
                .Raw($"<circle cx=\"{N(X(year))}\" cy=\"{N(Y(count))}\" r=\"{(selected ? 5 : 3.5).ToString(CultureInfo.InvariantCulture)}\"/>")
                .Raw($"<text class=\"count\" x=\"{N(X(year))}\" y=\"{N(Y(count) - 7)}\" text-anchor=\"middle\">{count}</text>")
                .Raw($"<text class=\"year\" x=\"{N(X(year))}\" y=\"{Height - 6}\" text-anchor=\"middle\">{label}</text></a>");
        }
        html.Raw("</svg><figcaption>各年份匹配文章数（点击年份筛选）</figcaption></figure>");
    }
}
