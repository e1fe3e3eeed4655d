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

    /// <param name="data">What the view shows, read from the index; null while the index is not ready or the view is not valid.</param>
    public static string Render(FiguresView? view, FiguresData? data, IReadOnlyList<string> problems)
    {
        var html = new Html();
        Layout.Head(html, $"{Title} · {SearchPage.Brand}");
        Layout.Masthead(html, new PageState("", [], [], 1, null));
        html.Raw("<main class=\"figures\"><h1>").Text(Title).Raw("</h1>");
        if (view is null || data is null)
        {
            html.Raw("<p class=\"notice\" role=\"status\">")
                .Text(problems.Count > 0 ? "无法显示：" + string.Join("；", problems) : "索引正在建立，请稍候刷新。")
                .Raw("</p><p><a href=\"/figures\">查看全部关键指标</a></p></main>");
            return Layout.End(html);
        }

        var years = data.All.Select(row => row.Figure.Year).Distinct().OrderDescending().ToList();
        Form(html, view, years, PlacesOf(data.All));
        var shown = data.Shown.Where(row => view.Kind is not { } kind || row.Figure.Kind == kind).ToList();
        var request = view.Shown(data.Indicator);
        switch (view.Chart)
        {
            case ChartAxis.Years:
                AcrossYears(html, view, data, shown);
                break;
            case ChartAxis.PlacesByYears:
                PlacesByYears(html, view, data, shown);
                break;
            default:
                OfYear(html, view, data, shown);
                break;
        }
        html.Raw("<p class=\"downloads\">本表 <a href=\"").Text(FiguresView.ApiUrl("/api/figures.csv", request)).Raw("\">下载 CSV</a> · <a href=\"")
            .Text(FiguresView.ApiUrl("/api/figures", request)).Raw("\">JSON</a>");
        if (view.Chart != ChartAxis.PlacesByYears)
        {
            html.Raw(" · 目标完成情况 <a href=\"").Text(FiguresView.ApiUrl("/api/figures/outcomes.csv", request)).Raw("\">CSV</a> · <a href=\"")
                .Text(FiguresView.ApiUrl("/api/figures/outcomes", request)).Raw("\">JSON</a>");
        }
        html.Raw("</p></main>");
        return Layout.End(html);
    }

    /// <summary>A year: its places × indicators, what the index lacks for it, met or missed, one place's governments above, a chart of the places.</summary>
    private static void OfYear(Html html, FiguresView view, FiguresData data, IReadOnlyList<FigureRow> shown)
    {
        var year = view.Year ?? DateTime.Today.Year;
        var universe = Within(view, data.Coverage.Places);
        CoverageNote.OfYear(html, year, universe, data.Coverage);
        // The places with figures, and those whose report of the year (or the next) is held though it gave none.
        var places = PlacesOf(shown).Union(universe.Where(place => data.Coverage.HasSourceOf(place, year)))
            .Distinct().OrderBy(place => place.Code, StringComparer.Ordinal).ToList();
        var columns = Indicators.All.Where(indicator => shown.Any(row => row.Figure.Indicator == indicator.Name))
            .Select(indicator => new FigureTable.Line(indicator.Name, Indicator: indicator.Name)).ToList();
        FigureTable.Render(html, $"{year}年{Whose(places)}主要指标：目标与实际", "地区",
            [.. places.Select(place => new FigureTable.Line(place.Name, place, year))], columns, shown, data.Coverage,
            $"没有找到{year}年符合条件的关键指标。");
        OutcomesTable.Render(html, $"{year}年目标完成情况", $"没有找到{year}年的目标。", data.Shown);
        LevelsTable.Render(html, view, data.YearTargets);
        var numeric = Numeric(view, data.Indicator, shown);
        var charted = PlacesOf(numeric).ToList();
        Chart(html, view, $"{year}年{Whose(charted)}{data.Indicator}{FigureWording.Measure(view.Measure)}",
            Groups(numeric, charted.Select(place => (place.Name, (Func<FigureRow, bool>)(row => row.Figure.Place == place)))));
    }

    /// <summary>Whose figures a heading names: the one place's, else every place's (districts, cities, provinces or the nation alike).</summary>
    private static string Whose(IReadOnlyList<Place> places) => places is [var only] ? only.Name : "各地";

    /// <summary>One place across years: its years × indicators, the years without a report, met or missed, and a chart of the same years.</summary>
    private static void AcrossYears(Html html, FiguresView view, FiguresData data, IReadOnlyList<FigureRow> shown)
    {
        if (view.Places is not [var place, ..])
        {
            html.Raw("<p class=\"empty\">").Text("索引中还没有关键指标。").Raw("</p>");
            return;
        }
        // Every year from the first to the last the place has a figure or a report of: a year between without either shows as such.
        var known = shown.Select(row => row.Figure.Year).Concat(data.Coverage.Years.Where(year => data.Coverage.Has(place, year))).ToList();
        var years = known.Count == 0 ? [] : Enumerable.Range(known.Min(), known.Max() - known.Min() + 1).ToList();
        CoverageNote.OfPlace(html, place, years, data.Coverage);
        // A place with places under it (a city) has a line for each of them that has figures.
        var rows = years.SelectMany(year => shown.Where(row => row.Figure.Year == year).Select(row => row.Figure.Place).DefaultIfEmpty(place).Distinct()
            .OrderBy(of => of.Code, StringComparer.Ordinal)
            .Select(of => new FigureTable.Line(of == place ? $"{year}年" : $"{year}年 · {of.Name}", of, year))).ToList();
        var columns = Indicators.All.Where(indicator => shown.Any(row => row.Figure.Indicator == indicator.Name))
            .Select(indicator => new FigureTable.Line(indicator.Name, Indicator: indicator.Name)).ToList();
        FigureTable.Render(html, $"{place.Name}历年主要指标：目标与实际", "年份", rows, columns, shown, data.Coverage, $"没有找到{place.Name}的关键指标。");
        OutcomesTable.Render(html, $"{place.Name}历年目标完成情况", $"没有找到{place.Name}的目标。", data.Shown);
        var numeric = Numeric(view, data.Indicator, shown).Where(row => row.Figure.Place == place).ToList();
        Chart(html, view, $"{place.Name}历年{data.Indicator}{FigureWording.Measure(view.Measure)}",
            Groups(numeric, years.Select(year => (year.ToString(CultureInfo.InvariantCulture), (Func<FigureRow, bool>)(row => row.Figure.Year == year)))));
    }

    /// <summary>One indicator, every place across every year: places as rows, years as columns; no chart (the table is the comparison).</summary>
    private static void PlacesByYears(Html html, FiguresView view, FiguresData data, IReadOnlyList<FigureRow> shown)
    {
        var universe = Within(view, data.Coverage.Places);
        var places = PlacesOf(shown).Union(universe).Distinct().OrderBy(place => place.Code, StringComparer.Ordinal).ToList();
        var known = data.All.Select(row => row.Figure.Year).ToList();
        var years = known.Count == 0 ? [] : Enumerable.Range(known.Min(), known.Max() - known.Min() + 1).ToList();
        var caption = $"各地区历年{data.Indicator}：目标与实际";
        FigureTable.Render(html, caption, "地区",
            [.. places.Select(place => new FigureTable.Line(place.Name, place, Indicator: data.Indicator))],
            [.. years.Select(year => new FigureTable.Line($"{year}年", Year: year))], shown, data.Coverage, $"没有找到{data.Indicator}的关键指标。");
    }

    /// <summary>The places of <paramref name="places"/> the view is about: within its places (all, when none is chosen) and of its levels.</summary>
    private static List<Place> Within(FiguresView view, IEnumerable<Place> places) =>
        [.. places.Where(place => (view.Places.Count == 0 || view.Places.Any(area => Gazetteer.IsWithin(place, area)))
            && (view.Levels.Count == 0 || view.Levels.Contains(place.Level)))];

    private static void Form(Html html, FiguresView view, IReadOnlyList<int> years, IReadOnlyList<Place> places)
    {
        html.Raw("<form class=\"figure-form\" action=\"/figures\" method=\"get\"><label>年份 <select name=\"year\">");
        foreach (var year in years.Count > 0 ? years : [view.Year ?? DateTime.Today.Year])
            html.Option(year.ToString(CultureInfo.InvariantCulture), $"{year}年", year == view.Year);
        html.Raw("</select></label><label>图表指标 <select name=\"indicator\">");
        foreach (var indicator in Indicators.All)
            html.Option(indicator.Name, indicator.Name, view.Indicators.Contains(indicator.Name));
        html.Raw("</select></label><label>口径 <select name=\"measure\">");
        html.Option(WireNames.Measure[FigureMeasure.Growth], "增速（%）", view.Measure == FigureMeasure.Growth);
        html.Option(WireNames.Measure[FigureMeasure.Amount], "总量", view.Measure == FigureMeasure.Amount);
        html.Raw("</select></label><label>比较 <select name=\"chart\">");
        html.Option(WireNames.Chart[ChartAxis.Districts], "各地（一年）", view.Chart == ChartAxis.Districts);
        html.Option(WireNames.Chart[ChartAxis.Years], "历年（一个地区）", view.Chart == ChartAxis.Years);
        html.Option(WireNames.Chart[ChartAxis.PlacesByYears], "地区×年份（一项指标）", view.Chart == ChartAxis.PlacesByYears);
        html.Raw("</select></label><label>地区 <select name=\"place\"><option value=\"\">全部</option>");
        foreach (var place in places)
            html.Option(place.Code, place.Name, view.Places.Contains(place));
        html.Raw("</select></label><button type=\"submit\" class=\"apply-figures\">查看</button></form>");
    }

    private static void Chart(Html html, FiguresView view, string title, IReadOnlyList<FigureChart.Group> groups)
    {
        html.Raw("<section class=\"figure-chart\"><h2>").Text(title).Raw("</h2><p class=\"chart-switch\">");
        html.Raw("<a href=\"").Text(view.With(chart: ChartAxis.Districts).Url()).Raw("\">比较各地</a> · <a href=\"")
            .Text(view.With(chart: ChartAxis.Years).Url()).Raw("\">比较历年</a> · <a href=\"")
            .Text(view.With(chart: ChartAxis.PlacesByYears).Url()).Raw("\">地区×年份</a></p>");
        if (!groups.Any(group => group.Target is not null || group.Result is not null))
        {
            html.Raw("<p class=\"empty\">").Text("没有可画图的数字。").Raw("</p></section>");
            return;
        }
        FigureTable.OpenScrolling(html, title);
        FigureChart.Render(html, title, groups);
        FigureTable.CloseScrolling(html);
        html.Raw("<p class=\"legend\"><span class=\"swatch target\"></span>目标 <span class=\"swatch result\"></span>实际</p></section>");
    }

    /// <summary>The figures the chart can draw: of its indicator and measure, with a number.</summary>
    private static List<FigureRow> Numeric(FiguresView view, string indicator, IEnumerable<FigureRow> shown) =>
        [.. shown.Where(row => row.Figure.Indicator == indicator && row.Figure.Measure == view.Measure && row.Figure.Value is not null)];

    /// <summary>The places the figures are for, by code.</summary>
    private static IReadOnlyList<Place> PlacesOf(IEnumerable<FigureRow> rows) =>
        [.. rows.Select(row => row.Figure.Place).Distinct().OrderBy(place => place.Code, StringComparer.Ordinal)];

    /// <summary>A group for each (label, which figures are its), with its first target and first result.</summary>
    private static IReadOnlyList<FigureChart.Group> Groups(IReadOnlyList<FigureRow> rows, IEnumerable<(string Label, Func<FigureRow, bool> Of)> groups) =>
        [.. groups.Select(group => new FigureChart.Group(group.Label,
            rows.FirstOrDefault(row => group.Of(row) && row.Figure.Kind == FigureKind.Target)?.Figure,
            rows.FirstOrDefault(row => group.Of(row) && row.Figure.Kind == FigureKind.Result)?.Figure))];
}
