using Search.Engine.Figures;
using Search.Places;

namespace Search.Host.Pages;

/// <summary>
/// What a figures table cannot show, said above it: which of the places the index holds reports of
/// have one for the year (a year's targets are in its own report, its results in the next year's),
/// and which have none, so a table of two places out of ten does not read as all there is.
/// </summary>
internal static class CoverageNote
{
    /// <param name="places">The places the view is about: every place with a report, within the view's places and levels.</param>
    public static void OfYear(Html html, int year, IReadOnlyList<Place> places, ReportCoverage coverage)
    {
        if (places.Count == 0)
            return;
        html.Raw("<div class=\"report-coverage\">");
        Sentence(html, $"{year}年的目标出自{year}年的政府工作报告", year, places, coverage);
        Sentence(html, $"{year}年的实际数出自{year + 1}年的报告", year + 1, places, coverage);
        html.Raw("</div>");
    }

    /// <summary>A place across years: the years whose report the index holds, and the years between without one.</summary>
    public static void OfPlace(Html html, Place place, IReadOnlyList<int> years, ReportCoverage coverage)
    {
        var held = years.Where(year => coverage.Has(place, year)).ToList();
        var missing = years.Except(held).ToList();
        html.Raw("<div class=\"report-coverage\"><p>").Text(held.Count == 0
                ? $"本库没有{place.Name}的报告。"
                : $"本库收录了{place.Name}{Years(held)}的报告（目标出自当年报告，实际数出自次年报告）" + (missing.Count > 0 ? $"；没有{Years(missing)}的报告。" : "。"))
            .Raw("</p></div>");
    }

    private static void Sentence(Html html, string source, int year, IReadOnlyList<Place> places, ReportCoverage coverage)
    {
        var held = places.Where(place => coverage.Has(place, year)).ToList();
        var without = places.Except(held).ToList();
        var text = held.Count == 0
            ? $"{source}，本库还没有{year}年的报告。"
            : $"{source}，本库收录了{held.Count}个地区的：{Names(held)}" +
                (without.Count == 0 ? "。" : $"；其余{without.Count}个没有{year}年的报告：{Names(without)}。");
        html.Raw("<p>").Text(text).Raw("</p>");
    }

    private static string Names(IEnumerable<Place> places) => string.Join("、", places.Select(place => place.Name));

    private static string Years(IEnumerable<int> years) => string.Join("、", years.Select(year => $"{year}年"));
}
