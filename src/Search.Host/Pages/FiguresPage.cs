using System.Globalization;
using Search.Corpus.Figures;
using Search.Engine.Figures;
using Search.Places;
using Search.Rendering;

namespace Search.Host.Pages;

/// <summary>
/// The key figures page: a table of places × indicators for one year, each cell the year's
/// target next to the result reported for it, every value linking to its sentence in the article;
/// and a chart of one indicator across districts or across years. Works without script.
/// </summary>
internal static class FiguresPage
{
    public const string Title = "关键指标";

    /// <param name="figures">Every figure (their sentences not needed): the years to choose from and the chart.</param>
    /// <param name="inYear">The figures of the view's year, with their sentences: the table.</param>
    public static string Render(FiguresView? view, IReadOnlyList<FigureRow>? figures, IReadOnlyList<FigureRow> inYear, IReadOnlyList<string> problems)
    {
        var html = new Html();
        Layout.Head(html, $"{Title} · {SearchPage.Brand}");
        Layout.Masthead(html, new PageState("", [], [], 1, null));
        html.Raw("<main class=\"figures\"><h1>").Text(Title).Raw("</h1>");
        if (view is null || figures is null)
        {
            html.Raw("<p class=\"notice\" role=\"status\">")
                .Text(problems.Count > 0 ? "无法显示：" + string.Join("；", problems) : "索引正在建立，请稍候刷新。")
                .Raw("</p><p><a href=\"/figures\">查看全部关键指标</a></p></main>");
            return Layout.End(html);
        }

        var years = figures.Select(row => row.Figure.Year).Distinct().OrderDescending().ToList();
        Form(html, view, years, PlacesOf(figures));
        Table(html, view, inYear);
        if (view.Year is not null)
            OutcomesTable.Render(html, view, inYear);
        LevelsTable.Render(html, view, inYear);
        Chart(html, view, figures, inYear);
        html.Raw("<p class=\"downloads\"><a href=\"").Text(ApiUrl("/api/figures.csv", view)).Raw("\">下载 CSV</a> · <a href=\"")
            .Text(ApiUrl("/api/figures", view)).Raw("\">JSON</a> · 目标完成情况 <a href=\"").Text(ApiUrl("/api/figures/outcomes.csv", view)).Raw("\">CSV</a> · <a href=\"")
            .Text(ApiUrl("/api/figures/outcomes", view)).Raw("\">JSON</a></p></main>");
        return Layout.End(html);
    }

    private static void Form(Html html, FiguresView view, IReadOnlyList<int> years, IReadOnlyList<Place> places)
    {
        html.Raw("<form class=\"figure-form\" action=\"/figures\" method=\"get\"><label>年份 <select name=\"year\">");
        foreach (var year in years.Count > 0 ? years : [view.Year ?? DateTime.Today.Year])
            Option(html, year.ToString(CultureInfo.InvariantCulture), $"{year}年", year == view.Year);
        html.Raw("</select></label><label>图表指标 <select name=\"indicator\">");
        foreach (var indicator in Indicators.All)
            Option(html, indicator.Name, indicator.Name, view.Indicators.Contains(indicator.Name));
        html.Raw("</select></label><label>口径 <select name=\"measure\">");
        Option(html, WireNames.Measure[FigureMeasure.Growth], "增速（%）", view.Measure == FigureMeasure.Growth);
        Option(html, WireNames.Measure[FigureMeasure.Amount], "总量", view.Measure == FigureMeasure.Amount);
        html.Raw("</select></label><label>比较 <select name=\"chart\">");
        Option(html, WireNames.Chart[ChartAxis.Districts], "各区市", view.Chart == ChartAxis.Districts);
        Option(html, WireNames.Chart[ChartAxis.Years], "历年", view.Chart == ChartAxis.Years);
        html.Raw("</select></label><label>地区 <select name=\"place\"><option value=\"\">全部</option>");
        foreach (var place in places)
            Option(html, place.Code, place.Name, view.Places.Contains(place));
        html.Raw("</select></label><button type=\"submit\" class=\"apply-figures\">查看</button></form>");
    }

    private static void Option(Html html, string value, string label, bool selected) =>
        html.Raw("<option value=\"").Text(value).Raw(selected ? "\" selected>" : "\">").Text(label).Raw("</option>");

    private static void Table(Html html, FiguresView view, IReadOnlyList<FigureRow> inYear)
    {
        var shown = inYear.Where(row =>
            (view.Places.Count == 0 || view.Places.Any(place => Gazetteer.IsWithin(row.Figure.Place, place)))
            && (view.Kind is not { } kind || row.Figure.Kind == kind)).ToList();
        var columns = Indicators.All.Where(indicator => shown.Any(row => row.Figure.Indicator == indicator.Name)).ToList();
        var rows = PlacesOf(shown);

        html.Raw("<table class=\"figure-table\"><caption>").Text(view.Year is null ? "各区市主要指标：目标与实际" : $"{view.Year}年各区市主要指标：目标与实际").Raw("</caption><thead><tr><th scope=\"col\">区市</th>");
        foreach (var column in columns)
            html.Raw("<th scope=\"col\">").Text(column.Name).Raw("</th>");
        html.Raw("</tr></thead><tbody>");
        if (rows.Count == 0)
        {
            html.Raw("<tr><td class=\"empty\" colspan=\"").Raw((columns.Count + 1).ToString(CultureInfo.InvariantCulture)).Raw("\">")
                .Text(view.Year is null ? "索引中还没有关键指标。" : $"没有找到{view.Year}年符合条件的关键指标。").Raw("</td></tr>");
        }
        foreach (var place in rows)
        {
            html.Raw("<tr><th scope=\"row\">").Text(place.Name).Raw("</th>");
            foreach (var column in columns)
            {
                html.Raw("<td>");
                Cell(html, shown.Where(row => row.Figure.Place.Code == place.Code && row.Figure.Indicator == column.Name));
                html.Raw("</td>");
            }
            html.Raw("</tr>");
        }
        html.Raw("</tbody></table>");
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
        }
    }

    private static void Chart(Html html, FiguresView view, IReadOnlyList<FigureRow> figures, IReadOnlyList<FigureRow> inYear)
    {
        var indicator = view.ChartIndicator(inYear);
        var numeric = figures.Where(row => row.Figure.Indicator == indicator && row.Figure.Measure == view.Measure && row.Figure.Value is not null).ToList();
        var (title, groups) = view.Chart == ChartAxis.Districts
            ? ($"{view.Year}年各区市{indicator}{FigureWording.Measure(view.Measure)}",
                Groups(numeric.Where(row => row.Figure.Year == view.Year), row => row.Figure.Place.Name,
                    names => [.. PlacesOf(numeric.Where(row => row.Figure.Year == view.Year)).Select(place => place.Name).Where(names.Contains).Distinct()]))
            : ChartAcrossYears(view, indicator, numeric);
        html.Raw("<section class=\"figure-chart\"><h2>").Text(title).Raw("</h2><p class=\"chart-switch\">");
        html.Raw("<a href=\"").Text(view.With(chart: ChartAxis.Districts).Url()).Raw("\">比较各区市</a> · <a href=\"")
            .Text(view.With(chart: ChartAxis.Years).Url()).Raw("\">比较历年</a></p>");
        if (groups.Count == 0)
        {
            html.Raw("<p class=\"empty\">").Text("没有可画图的数字。").Raw("</p></section>");
            return;
        }
        var unit = numeric.Select(row => row.Figure.Unit).FirstOrDefault() ?? "";
        FigureChart.Render(html, title, unit, groups);
        html.Raw("<p class=\"legend\"><span class=\"swatch target\"></span>目标 <span class=\"swatch result\"></span>实际</p></section>");
    }

    private static (string Title, IReadOnlyList<FigureChart.Group> Groups) ChartAcrossYears(FiguresView view, string indicator, IReadOnlyList<FigureRow> numeric)
    {
        var place = view.Places.FirstOrDefault() ?? PlacesOf(numeric).FirstOrDefault();
        var ofPlace = numeric.Where(row => place is not null && row.Figure.Place.Code == place.Code);
        var groups = Groups(ofPlace, row => row.Figure.Year.ToString(CultureInfo.InvariantCulture), years => years.Order(StringComparer.Ordinal).ToList());
        return ($"{place?.Name}历年{indicator}{FigureWording.Measure(view.Measure)}", groups);
    }

    /// <summary>The places the figures are for, by code.</summary>
    private static IReadOnlyList<Place> PlacesOf(IEnumerable<FigureRow> rows) =>
        [.. rows.Select(row => row.Figure.Place).Distinct().OrderBy(place => place.Code, StringComparer.Ordinal)];

    private static IReadOnlyList<FigureChart.Group> Groups(IEnumerable<FigureRow> rows, Func<FigureRow, string> key, Func<IEnumerable<string>, IReadOnlyList<string>> order)
    {
        var byKey = rows.GroupBy(key).ToDictionary(group => group.Key, group => group.ToList());
        return order(byKey.Keys).Select(label => new FigureChart.Group(label,
            byKey[label].FirstOrDefault(row => row.Figure.Kind == FigureKind.Target)?.Figure.Value,
            byKey[label].FirstOrDefault(row => row.Figure.Kind == FigureKind.Result)?.Figure.Value)).ToList();
    }

    /// <summary>The API's figures for what the table shows: the year, districts and kind (the chart's indicator and axis are not filters).</summary>
    private static string ApiUrl(string path, FiguresView view) =>
        (view with { Indicators = [], Chart = ChartAxis.Districts, Measure = FigureMeasure.Growth }).Url().Replace("/figures", path, StringComparison.Ordinal);
}
