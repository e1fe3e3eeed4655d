using System.Globalization;
using Search.Engine.Searching;
using Search.Host.Hosting;
using Search.Places;
using Search.Rendering;

namespace Search.Host.Pages;

/// <summary>
/// The search page, rendered whole on the server for any URL — results appear with JavaScript off,
/// and a shared link reproduces the view. app.js replaces <c>#results</c> with <see cref="Results"/>
/// fetched from <c>/results</c> as the user types or ticks a facet.
/// </summary>
internal static class SearchPage
{
    public const string Brand = "区市两会检索";

    /// <param name="site">Where the service is reached: the citations' links.</param>
    /// <param name="overview">What the home page says the corpus holds; null on any other view.</param>
    public static string Render(PageState state, SearchResult? result, IReadOnlyList<string> problems, string site, CorpusOverview? overview = null)
    {
        var html = new Html();
        Layout.Head(html, state.Query.Length > 0 ? $"{state.Query} · {Brand}" : Brand);
        Layout.Masthead(html, state, new Layout.SkipLink("results", "跳到检索结果"), focusSearch: true);
        html.Raw("<main id=\"results\" class=\"layout\" tabindex=\"-1\">");
        Results(html, state, result, problems, site, overview);
        html.Raw("</main>");
        return Layout.End(html);
    }

    /// <summary>The part of the page that changes with the search: facets, summary, hits, pages.</summary>
    public static void Results(Html html, PageState state, SearchResult? result, IReadOnlyList<string> problems, string site, CorpusOverview? overview = null)
    {
        // The page's heading, for those who find their way by headings; the masthead says it to the eye.
        html.Raw("<h1 class=\"visually-hidden\">").Text(state.Query.Length > 0 ? $"“{state.Query}”的检索结果" : "检索结果").Raw("</h1>");
        if (result is null)
        {
            html.Raw("<section class=\"hits\"><p class=\"notice\" role=\"status\">");
            html.Text(problems.Count > 0 ? "无法完成检索：" + string.Join("；", problems) : "索引正在建立，请稍候刷新。");
            html.Raw("</p><p><a href=\"/\">返回首页</a></p></section>");
            return;
        }
        Facets(html, state, result);
        html.Raw("<section class=\"hits\" aria-live=\"polite\">");
        if (overview is not null)
            HomeIntro.Render(html, result, overview);
        Summary(html, state, result);
        Chips(html, state);
        DistrictYears(html, state, result);
        YearTrend.Render(html, state, result.Facets.Year);
        if (result.Hits.Count == 0)
            Empty(html, state, result);
        html.Raw("<ol class=\"hit-list\">");
        foreach (var hit in result.Hits)
            Hit(html, state, hit, site);
        html.Raw("</ol>");
        Pagination(html, state, result);
        html.Raw("</section>");
    }

    private static void Facets(Html html, PageState state, SearchResult result)
    {
        // In a drawer that a narrow screen shows folded (the first result comes first) and a wide one open (app.css).
        html.Raw("<aside class=\"facets\" aria-label=\"筛选\"><details class=\"drawer\"><summary>筛选</summary><form id=\"facet-form\" action=\"/\" method=\"get\">");
        HiddenQuery(html, state, includeFilters: false);
        var facet = result.Facets.Place;
        html.Raw("<fieldset><legend>").Text(facet.Top.All(value => value.Value.Level == PlaceLevel.County) ? "区市" : "地区").Raw("</legend>");
        var whole = facet.Count <= WholeTreeUpTo;
        foreach (var value in facet.Top)
            PlaceOption(html, value, facet, listBelow: true, whole);
        html.Raw("</fieldset><fieldset><legend>年份</legend>");
        foreach (var value in result.Facets.Year)
            Option(html, "year", value.Value.ToString(CultureInfo.InvariantCulture), $"{value.Value}年", value.Count, value.Selected);
        html.Raw("</fieldset><button type=\"submit\" class=\"apply\">应用筛选</button></form></details></aside>");
    }

    /// <summary>A place facet of at most this many places is rendered whole; a larger one by levels.</summary>
    internal const int WholeTreeUpTo = 400;

    /// <summary>
    /// A place's box and, folded unless they hold a selected place, the places below it. A large
    /// facet (a broad query over China's 3,000 places) has them only under the places shown first and
    /// each selected place or place holding one: deeper places are reached by selecting the place
    /// above them, and the page holds the provinces and their cities, not every county.
    /// </summary>
    /// <param name="listBelow">Whether the places under it are listed (folded) even when no selection lies there.</param>
    private static void PlaceOption(Html html, FacetValue<Place> value, PlaceFacet facet, bool listBelow, bool whole)
    {
        var place = value.Value;
        Option(html, PageState.ParameterOf(place), PageState.ValueOf(place), place.Name, value.Count, value.Selected);
        if (!listBelow && !facet.IsOnSelectedPath(place) && !whole)
            return;
        var below = facet.Below(place);
        if (below.Count == 0)
            return;
        html.Raw("<details class=\"below\"").Raw(facet.HoldsSelected(place) ? " open" : "").Raw("><summary>").Text(place.Name).Raw("以下</summary>");
        foreach (var child in below)
            PlaceOption(html, child, facet, listBelow: false, whole);
        html.Raw("</details>");
    }

    private static void Option(Html html, string name, string value, string label, int count, bool selected)
    {
        html.Raw("<label class=\"option\"><input type=\"checkbox\" name=\"").Raw(name).Raw("\" value=\"").Text(value).Raw("\"")
            .Raw(selected ? " checked" : "").Raw("> <span class=\"label\">").Text(label).Raw("</span> <span class=\"count\">")
            .Text(count.ToString(CultureInfo.InvariantCulture)).Raw("</span></label>");
    }

    private static void Summary(Html html, PageState state, SearchResult result)
    {
        if (result.DidYouMean is { } meant)
        {
            html.Raw("<p id=\"did-you-mean\" class=\"did-you-mean\">您是不是要找：<a href=\"").Text((state with { Query = meant, Page = 1 }).Url())
                .Raw("\">").Text(meant).Raw("</a></p>");
        }
        html.Raw("<div class=\"summary\"><p id=\"result-count\">共 ").Text(result.Total.ToString("N0", CultureInfo.InvariantCulture))
            .Raw(" 条结果<span class=\"took\">，用时 ").Text(result.TookMs.ToString("0.0", CultureInfo.InvariantCulture)).Raw(" 毫秒</span></p>");
        if (result.SpelledAs.Count > 0)
        {
            html.Raw("<p id=\"spelled-as\" class=\"spelled\">按拼音也查找：");
            foreach (var (term, i) in result.SpelledAs.Select((term, i) => (term, i)))
                html.Raw(i > 0 ? " + " : "").Raw("<span lang=\"zh\">").Text(string.Join("、", term)).Raw("</span>");
            html.Raw("</p>");
        }
        if (result.Synonyms.Count > 0)
        {
            html.Raw("<p id=\"synonyms\" class=\"spelled\">同时查找：");
            foreach (var (synonyms, i) in result.Synonyms.Select((synonyms, i) => (synonyms, i)))
                html.Raw(i > 0 ? "；" : "").Text(synonyms.Term).Raw("的其他名称 ").Text(string.Join("、", synonyms.Names));
            html.Raw("</p>");
        }
        var byDate = result.Sort == SortOrder.Date;
        html.Raw("<nav class=\"sort\" aria-label=\"排序\">排序：");
        SortLink(html, state with { Sort = SortOrder.Relevance, Page = 1 }, "相关度", !byDate);
        SortLink(html, state with { Sort = SortOrder.Date, Page = 1 }, "时间", byDate);
        html.Raw("</nav></div>");
    }

    private static void SortLink(Html html, PageState target, string label, bool current)
    {
        if (current)
            html.Raw("<span class=\"current\" aria-current=\"true\">").Text(label).Raw("</span>");
        else
            html.Raw("<a href=\"").Text(target.Url()).Raw("\">").Text(label).Raw("</a>");
    }

    private static void Chips(Html html, PageState state)
    {
        if (state.Places.Count == 0 && state.Years.Count == 0)
            return;
        html.Raw("<ul class=\"chips\" aria-label=\"已选条件\">");
        foreach (var place in state.Places)
            Chip(html, place.Name, state.Toggle(place));
        foreach (var year in state.Years)
            Chip(html, $"{year}年", state.Toggle(year));
        html.Raw("<li><a class=\"clear\" href=\"").Text(state.WithoutFilters().Url()).Raw("\">清除全部</a></li></ul>");
    }

    private static void Chip(Html html, string label, PageState without) =>
        html.Raw("<li><a class=\"chip\" href=\"").Text(without.Url()).Raw("\" aria-label=\"移除 ").Text(label).Raw("\">")
            .Text(label).Raw(" <span aria-hidden=\"true\">×</span></a></li>");

    /// <summary>
    /// With exactly one place selected, its years in a row, each with how many of its articles
    /// match (the year facet, which ignores the year filter): the place's reports across years a
    /// click apart.
    /// </summary>
    private static void DistrictYears(Html html, PageState state, SearchResult result)
    {
        if (state.Places.Count != 1 || result.Facets.Year.Count == 0)
            return;
        var district = state.Places[0].Name;
        html.Raw("<nav class=\"district-years\" id=\"district-years\" aria-label=\"").Text(district).Raw("历年\"><span class=\"name\">").Text(district).Raw("历年</span><ol>");
        foreach (var year in result.Facets.Year.OrderBy(year => year.Value))
        {
            var only = state with { Years = year.Selected && state.Years.Count == 1 ? [] : [year.Value], Page = 1 };
            html.Raw("<li><a href=\"").Text(only.Url()).Raw("\"").Raw(year.Selected ? " aria-current=\"true\" class=\"current\"" : "").Raw(">")
                .Text($"{year.Value}年").Raw(" <span class=\"count\">").Text(year.Count.ToString(CultureInfo.InvariantCulture)).Raw("</span></a></li>");
        }
        html.Raw("</ol></nav>");
    }

    private static void Empty(Html html, PageState state, SearchResult result)
    {
        if (result.Total > 0)
        {
            PastTheEnd(html, state, result);
            return;
        }
        html.Raw("<div class=\"empty\" role=\"status\"><p>没有找到");
        if (state.Query.Length > 0)
            html.Raw("包含“").Text(state.Query).Raw("”的");
        html.Raw("文章。</p>");
        if (state.Places.Count > 0 || state.Years.Count > 0)
            html.Raw("<p>试试<a href=\"").Text(state.WithoutFilters().Url()).Raw("\">去掉地区和年份筛选</a>，或减少关键词。</p>");
        else
            html.Raw("<p>试试更短的关键词，或按地区浏览：</p>");
        html.Raw("<ul class=\"browse\">");
        foreach (var place in PlaceFacet.Of(result.CorpusPlaces).Top.Select(value => value.Value))
            html.Raw("<li><a href=\"").Text(new PageState("", [place], [], 1, null).Url()).Raw("\">").Text(place.Name).Raw("</a></li>");
        html.Raw("</ul></div>");
    }

    /// <summary>A page past the last one (a link kept from a larger result, a hand-made address): where the hits are.</summary>
    private static void PastTheEnd(Html html, PageState state, SearchResult result)
    {
        var last = LastPage(result);
        html.Raw("<div class=\"empty\" role=\"status\"><p>第 ").Text(result.Page.ToString(CultureInfo.InvariantCulture))
            .Raw(" 页没有结果：这些条件下共 ").Text(result.Total.ToString("N0", CultureInfo.InvariantCulture)).Raw(" 篇，分 ")
            .Text(last.ToString(CultureInfo.InvariantCulture)).Raw(" 页。</p><p><a href=\"").Text((state with { Page = 1 }).Url()).Raw("\">回到第 1 页</a>");
        if (last > 1)
            html.Raw(" · <a href=\"").Text((state with { Page = last }).Url()).Raw("\">最后一页</a>");
        html.Raw("</p></div>");
    }

    private static int LastPage(SearchResult result) => (int)Math.Ceiling((double)Math.Min(result.Total, SearchRequest.MaxWindow) / result.Size);

    private static void Hit(Html html, PageState state, SearchHit hit, string site)
    {
        // The article's way back returns to this very view: its query, filters, order and page.
        var link = state.Url("/articles/" + Uri.EscapeDataString(hit.Id));
        html.Raw("<li class=\"hit\"><h2><a href=\"").Text(link).Raw("\">").Marked(hit.Title, hit.TitleMarks).Raw("</a></h2><p class=\"meta\">");
        foreach (var place in hit.Places)
            html.Raw("<span class=\"badge\">").Text(place.Name).Raw("</span>");
        PrintedLine.Render(html, hit.Year, hit.Date, hit.Provenance, hit.Source);
        html.Raw("</p>");
        CitationBox.Render(html, Printed.Citation(hit.Title, hit.Provenance, SiteAddress.Article(site, hit.Id)));
        if (hit.AlsoIn.Count > 0)
            ArticlePage.AlsoIn(html, hit.AlsoIn, state.Query);
        foreach (var snippet in hit.Snippets)
        {
            html.Raw("<p class=\"snippet\">");
            // An article about several places says whose paragraph each passage is.
            if (hit.Places.Count > 1 && snippet.Place is { } place)
                html.Raw("<span class=\"snippet-place\">").Text(place.Name).Raw("</span>");
            html.Marked(snippet.Text, snippet.Marks).Raw("</p>");
        }
        html.Raw("</li>");
    }

    private static void Pagination(Html html, PageState state, SearchResult result)
    {
        var pages = LastPage(result);
        if (pages <= 1)
            return;
        html.Raw("<nav class=\"pages\" aria-label=\"分页\">");
        if (result.Page > 1)
            html.Raw("<a rel=\"prev\" href=\"").Text((state with { Page = result.Page - 1 }).Url()).Raw("\">上一页</a>");
        for (var page = Math.Max(1, result.Page - 4); page <= Math.Min(pages, result.Page + 4); page++)
        {
            var label = page.ToString(CultureInfo.InvariantCulture);
            if (page == result.Page)
                html.Raw("<span class=\"current\" aria-current=\"page\">").Text(label).Raw("</span>");
            else
                html.Raw("<a href=\"").Text((state with { Page = page }).Url()).Raw("\">").Text(label).Raw("</a>");
        }
        if (result.Page < pages)
            html.Raw("<a rel=\"next\" href=\"").Text((state with { Page = result.Page + 1 }).Url()).Raw("\">下一页</a>");
        html.Raw("</nav>");
    }

    /// <summary>The current query and sort (and, for the search box, the filters) as hidden form fields.</summary>
    public static void HiddenQuery(Html html, PageState state, bool includeFilters)
    {
        if (!includeFilters)
            html.Raw("<input type=\"hidden\" name=\"q\" value=\"").Text(state.Query).Raw("\">");
        if (state.Sort is { } sort)
            html.Raw("<input type=\"hidden\" name=\"sort\" value=\"").Raw(WireNames.Sort[sort]).Raw("\">");
        if (state.Size != SearchRequest.DefaultSize)
            html.Raw("<input type=\"hidden\" name=\"size\" value=\"").Text(state.Size.ToString(CultureInfo.InvariantCulture)).Raw("\">");
        if (!includeFilters)
            return;
        foreach (var place in state.Places)
            html.Raw("<input type=\"hidden\" name=\"").Raw(PageState.ParameterOf(place)).Raw("\" value=\"").Text(PageState.ValueOf(place)).Raw("\">");
        foreach (var year in state.Years)
            html.Raw("<input type=\"hidden\" name=\"year\" value=\"").Text(year.ToString(CultureInfo.InvariantCulture)).Raw("\">");
    }
}
