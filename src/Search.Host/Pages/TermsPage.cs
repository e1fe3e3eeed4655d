using System.Globalization;
using Search.Engine.Searching;
using Search.Engine.Terms;
using Search.Places;
using Search.Rendering;

namespace Search.Host.Pages;

/// <summary>What the terms page shows, read from the index for one <see cref="TermsView"/>; the year settled (the place's latest when none was asked for).</summary>
internal sealed record TermsData(IReadOnlyList<Place> Places, IReadOnlyList<int> Years, int? Year,
    NewTermsResult? New, TermChangesResult? Changes, DistinctiveTermsResult? Distinctive, TermTrendResult? Trend)
{
    public const int ListSize = 30;

    /// <summary>The year asked for, when the place has no report of it: the latest is shown instead (a form's year kept while its place changed).</summary>
    public int? YearNotHeld { get; init; }

    public static TermsData Read(Searcher searcher, TermsView view)
    {
        var years = searcher.ReportYears(view.Place);
        var year = view.Year is { } asked && years.Contains(asked) ? asked : years.Count > 0 ? years[^1] : (int?)null;
        var notHeld = view.Year is { } y && y != year ? y : (int?)null;
        var trend = view.Query.Length > 0 ? searcher.Trend(view.Query, view.TrendPlaces) : null;
        if (year is not { } chosen)
            return new TermsData(searcher.ReportPlaces(), years, null, null, null, null, trend) { YearNotHeld = notHeld };
        return new TermsData(searcher.ReportPlaces(), years, chosen,
            searcher.NewTerms(view.Place, chosen, view.Against, ListSize),
            // An earlier year at or after the one shown compares with nothing: every earlier year then.
            searcher.TermChanges(view.Place, view.From < chosen ? view.From : null, chosen, ListSize / 2),
            view.Place is { } place ? searcher.DistinctiveTerms(place, chosen, ListSize) : null,
            trend)
        { YearNotHeld = notHeld };
    }
}

/// <summary>
/// The terms page: for a government and a year, the words its report used for the first time, those
/// it used more and less than before, and those it uses more than the other governments; for a term,
/// its trend across years and places as a chart, a table and CSV. Each term links to the search that
/// finds it and to its trend. Works without script.
/// </summary>
internal static class TermsPage
{
    public const string Title = "用词变化";

    public static string Render(TermsView? view, TermsData? data, IReadOnlyList<string> problems)
    {
        var html = new Html();
        Layout.Head(html, $"{Title} · {SearchPage.Brand}");
        Layout.Masthead(html, new PageState("", [], [], 1, null));
        html.Raw("<main class=\"figures terms\"><h1>").Text(Title).Raw("</h1>");
        if (view is null || data is null)
        {
            html.Raw("<p class=\"notice\" role=\"status\">")
                .Text(problems.Count > 0 ? "无法显示：" + string.Join("；", problems) : "索引正在建立，请稍候刷新。")
                .Raw("</p><p><a href=\"").Raw(TermsView.Path).Raw("\">查看全部报告的用词变化</a></p></main>");
            return Layout.End(html);
        }

        Form(html, view, data);
        if (data.Trend is { } trend)
            Trend(html, view, trend);
        var who = view.Place?.Name ?? "全部地区";
        if (data.Year is not { } year)
        {
            html.Raw("<p class=\"notice\" role=\"status\">").Text($"索引中没有{who}的报告。").Raw("</p>");
        }
        else
        {
            if (data.YearNotHeld is { } missing)
                html.Raw("<p class=\"notice\" role=\"status\">").Text($"索引中没有{who}{missing}年的报告，下面是{year}年的。").Raw("</p>");
            New(html, view, data.New!, who, year);
            Changes(html, view, data.Changes!, who, year);
            if (data.Distinctive is { } distinctive)
                Distinctive(html, view, distinctive, year);
        }
        html.Raw("<details class=\"term-notes\"><summary>怎样计数、怎样排序</summary><p>").Text(TermWording.Counting).Raw("</p><p>")
            .Text(TermWording.NewRanking).Raw("</p><p>").Text(TermWording.Statistic).Raw("</p></details></main>");
        return Layout.End(html);
    }

    private static void Form(Html html, TermsView view, TermsData data)
    {
        html.Raw("<form class=\"figure-form\" action=\"").Raw(TermsView.Path).Raw("\" method=\"get\"><label>地区 <select name=\"place\"><option value=\"\">全部</option>");
        foreach (var place in data.Places)
            html.Option(place.Code, place.Name, place == view.Place);
        html.Raw("</select></label><label>年份 <select name=\"year\">");
        foreach (var year in data.Years.Reverse())
            html.Option(year.ToString(CultureInfo.InvariantCulture), $"{year}年", year == data.Year);
        html.Raw("</select></label><label>词语走势 <input type=\"search\" name=\"q\" maxlength=\"100\" placeholder=\"如：新型城镇化\" value=\"").Text(view.Query).Raw("\"></label>");
        // The trend's second line from the form; more from the address (vs= repeated).
        html.Raw("<label>对比地区 <select name=\"vs\"><option value=\"\">无</option>");
        foreach (var place in data.Places)
            html.Option(place.Code, place.Name, view.Versus.Count > 0 && place == view.Versus[0]);
        html.Raw("</select></label>");
        foreach (var versus in view.Versus.Skip(1))
            html.Raw("<input type=\"hidden\" name=\"vs\" value=\"").Text(versus.Code).Raw("\">");
        if (view.From is { } from)
            html.Raw("<input type=\"hidden\" name=\"from\" value=\"").Raw(from.ToString(CultureInfo.InvariantCulture)).Raw("\">");
        if (view.Against != NewAgainst.Place)
            html.Raw("<input type=\"hidden\" name=\"against\" value=\"").Raw(WireNames.Against[view.Against]).Raw("\">");
        html.Raw("<button type=\"submit\" class=\"apply-terms\">查看</button></form>");
    }

    private static void New(Html html, TermsView view, NewTermsResult result, string who, int year)
    {
        var against = result.EarlierYears.Count == 0 ? "索引中没有更早的报告，所有词语都算新词"
            : $"与{(result.Against == NewAgainst.All ? "所有地区" : who)}{result.EarlierYears[0]}—{result.EarlierYears[^1]}年的{result.EarlierYears.Count}个年份相比";
        html.Raw("<section class=\"term-list\" id=\"new\"><h2>").Text($"{who}{year}年的新词").Raw("</h2><p class=\"note\">")
            .Text($"{against}；共{result.Found}个新词，列出前{result.Terms.Count}个。");
        if (view.Place is not null)
        {
            html.Raw(" <a href=\"").Text((view with { Against = view.Against == NewAgainst.Place ? NewAgainst.All : NewAgainst.Place }).Url(year: year)).Raw("\">")
                .Text(view.Against == NewAgainst.Place ? "改为与所有地区相比" : "改为只与本地区相比").Raw("</a>");
        }
        html.Raw("</p>");
        Table(html, ["词语", "次数", "篇数", "每万字", "首次出现", "此后沿用（年）"], result.Terms, term =>
        [
            TermCell(view, term.Term, year), Number(term.Count.Mentions), Number(term.Count.Articles), Rate(term.Count),
            Escaped($"{term.FirstYear}年 {string.Join("、", term.FirstPlaces.Select(place => place.Name))}"), Number(term.LaterYears),
        ]);
        html.Raw("</section>");
    }

    private static void Changes(Html html, TermsView view, TermChangesResult result, string who, int year)
    {
        var before = result.From is { } from ? $"{from}年" : result.FromYears.Count > 0 ? $"此前各年（{result.FromYears[0]}—{result.FromYears[^1]}）平均" : null;
        html.Raw("<section class=\"term-list\" id=\"changes\"><h2>").Text($"{who}{year}年用得更多和更少的词").Raw("</h2>");
        if (before is null)
        {
            html.Raw("<p class=\"note\">").Text("没有更早的报告可比。").Raw("</p></section>");
            return;
        }
        html.Raw("<p class=\"note\">").Text($"每万字提及次数，{before}对{year}年，按对数似然比G²排序。").Raw("</p><div class=\"term-pair\">");
        foreach (var (caption, terms) in new[] { ("上升", result.Rising), ("下降", result.Fading) })
        {
            Table(html, [caption, before, $"{year}年", "G²"], terms, term =>
                [TermCell(view, term.Term, year), Rate(term.Before), Rate(term.After), Escaped(Math.Abs(term.LogLikelihood).ToString("0.0", CultureInfo.InvariantCulture))]);
        }
        html.Raw("</div></section>");
    }

    private static void Distinctive(Html html, TermsView view, DistinctiveTermsResult result, int year)
    {
        html.Raw("<section class=\"term-list\" id=\"distinctive\"><h2>").Text($"{result.Place.Name}{year}年的特色词").Raw("</h2><p class=\"note\">");
        if (result.Elsewhere.Articles == 0)
        {
            html.Text($"索引中没有其他地区{year}年的报告可比。").Raw("</p></section>");
            return;
        }
        html.Text($"与其他地区同年的报告（{result.Elsewhere.Articles}篇）相比用得多的词，按G²排序。").Raw("</p>");
        Table(html, ["词语", "次数", "每万字（本地）", "每万字（其他）", "G²"], result.Terms, term =>
            [TermCell(view, term.Term, year), Number(term.Here.Mentions), Rate(term.Here), Rate(term.Elsewhere), Escaped(term.LogLikelihood.ToString("0.0", CultureInfo.InvariantCulture))]);
        html.Raw("</section>");
    }

    private static void Trend(Html html, TermsView view, TermTrendResult trend)
    {
        var names = trend.Lines.Select(line => line.Place?.Name ?? "全部").ToList();
        html.Raw("<section class=\"term-trend\" id=\"trend\"><h2>").Text($"“{view.Query}”的走势").Raw("</h2>");
        if (trend.Lines.All(line => line.Points.Count == 0))
        {
            html.Raw("<p class=\"notice\">").Text("所选地区在索引中没有报告。").Raw("</p></section>");
            return;
        }
        html.Raw("<figure class=\"term-figure\"><div class=\"scroll\">");
        TermChart.Render(html, $"“{view.Query}”每万字提及次数，按年份", trend.Lines, names);
        html.Raw("</div><figcaption>每万字提及次数（按原文计数）。");
        for (var i = 0; i < names.Count; i++)
            html.Raw($"<span class=\"legend series-{i % 10}\">").Text(names[i]).Raw("</span>");
        html.Raw("</figcaption></figure>");

        var years = trend.Lines.SelectMany(line => line.Points.Select(point => point.Year)).Distinct().Order().ToList();
        // A long run of years is a long table: folded under the chart, which shows the same numbers.
        html.Raw(years.Count <= 12 ? "<details class=\"trend-data\" open>" : "<details class=\"trend-data\">").Raw("<summary>").Text($"各年数据（{years.Count}个年份）").Raw("</summary>")
            .Raw("<div class=\"scroll\"><table class=\"figure-table term-table\"><caption>").Text("各年提及次数（每万字）").Raw("</caption><thead><tr><th scope=\"col\">年份</th>");
        foreach (var name in names)
            html.Raw("<th scope=\"col\">").Text(name).Raw("</th>");
        html.Raw("</tr></thead><tbody>");
        foreach (var year in years)
        {
            html.Raw("<tr><th scope=\"row\">").Text($"{year}年").Raw("</th>");
            foreach (var line in trend.Lines)
            {
                var point = line.Points.FirstOrDefault(p => p.Year == year);
                html.Raw(point is null ? "<td class=\"empty\">无报告</td>" : "<td>").Text(point is null ? "" : $"{point.Count.Mentions}（{TermCsv.Rate(point.Count)}）").Raw(point is null ? "" : "</td>");
            }
            html.Raw("</tr>");
        }
        html.Raw("</tbody></table></div></details><p class=\"downloads\">本表 <a href=\"").Text(TrendApi("/api/terms/trend.csv", view)).Raw("\">下载 CSV</a> · <a href=\"")
            .Text(TrendApi("/api/terms/trend", view)).Raw("\">JSON</a> · <a href=\"").Text(new PageState(view.Query, [], [], 1, null).Url()).Raw("\">搜索这个词</a></p></section>");
    }

    private static string TrendApi(string path, TermsView view) => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(path,
        [new("q", view.Query), .. view.TrendPlaces.Select(place => new KeyValuePair<string, string?>("place", place.Code))]);

    /// <summary>A term: the search that finds it in the view's place and year, and a link to its trend.</summary>
    private static Action<Html> TermCell(TermsView view, string term, int year) => html =>
        html.Raw("<a href=\"").Text(new PageState(term, view.Place is { } place ? [place] : [], [year], 1, null).Url()).Raw("\">").Text(term)
            .Raw("</a> <a class=\"trend-link\" href=\"").Text(view.Url(year: year, query: term) + "#trend").Raw("\" title=\"").Text($"“{term}”的走势").Raw("\">走势</a>");

    private static void Table<T>(Html html, IReadOnlyList<string> headings, IReadOnlyList<T> rows, Func<T, Action<Html>[]> cells)
    {
        html.Raw("<div class=\"scroll\"><table class=\"figure-table term-table\"><thead><tr>");
        foreach (var heading in headings)
            html.Raw("<th scope=\"col\">").Text(heading).Raw("</th>");
        html.Raw("</tr></thead><tbody>");
        if (rows.Count == 0)
            html.Raw($"<tr><td class=\"empty\" colspan=\"{headings.Count}\">无</td></tr>");
        foreach (var row in rows)
        {
            html.Raw("<tr>");
            foreach (var cell in cells(row))
            {
                html.Raw("<td>");
                cell(html);
                html.Raw("</td>");
            }
            html.Raw("</tr>");
        }
        html.Raw("</tbody></table></div>");
    }

    private static Action<Html> Escaped(string text) => html => html.Text(text);

    private static Action<Html> Number(int value) => Escaped(value.ToString(CultureInfo.InvariantCulture));

    private static Action<Html> Rate(TermCount count) => Escaped(TermCsv.Rate(count));
}
