namespace Search.Host.Pages;

/// <summary>What every page shares: the head (styles and the one script, both served by the host), the masthead with the search box.</summary>
internal static class Layout
{
    public static void Head(Html html, string title) =>
        html.Raw("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
            .Text(title).Raw("</title><link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\"><link rel=\"stylesheet\" href=\"/app.css\"><script src=\"/app.js\" defer></script></head><body>");

    /// <param name="skipTo">The page's main part, reached from a link that is the first stop of Tab (past the masthead); null for none.</param>
    /// <param name="focusSearch">
    /// Whether the search box takes the focus as the page loads: on the search page, where typing is
    /// what one came for; not on a page one came to read, where it would take Tab and Space away from the page.
    /// </param>
    public static void Masthead(Html html, PageState state, SkipLink? skipTo = null, bool focusSearch = false)
    {
        html.Raw("<header class=\"masthead\">");
        if (skipTo is { } skip)
            html.Raw("<a class=\"skip-link\" href=\"#").Raw(skip.TargetId).Raw("\">").Text(skip.Label).Raw("</a>");
        html.Raw("<a class=\"brand\" href=\"/\">").Text(SearchPage.Brand)
            .Raw("</a><form class=\"search\" role=\"search\" action=\"/\" method=\"get\"><label for=\"q\">搜索</label><div class=\"combo\">")
            .Raw("<input type=\"search\" id=\"q\" name=\"q\"").Raw(focusSearch ? " autofocus" : "").Raw(" autocomplete=\"off\" spellcheck=\"false\" placeholder=\"输入关键词，如：上合 营商环境\" ")
            .Raw("role=\"combobox\" aria-autocomplete=\"list\" aria-expanded=\"false\" aria-controls=\"suggestions\" value=\"").Text(state.Query).Raw("\">")
            .Raw("<ul id=\"suggestions\" role=\"listbox\" aria-label=\"建议\" hidden></ul></div>");
        SearchPage.HiddenQuery(html, state, includeFilters: true);
        html.Raw("<button type=\"submit\">搜索</button></form><nav class=\"site-nav\"><a href=\"/figures\">").Text(FiguresPage.Title).Raw("</a><a href=\"").Raw(TermsView.Path).Raw("\">").Text(TermsPage.Title).Raw("</a><a href=\"/help\">帮助</a></nav></header>");
    }

    public static string End(Html html) =>
        html.Raw("<footer class=\"footer\"><a href=\"/api\">JSON API</a></footer></body></html>").ToString();

    /// <summary>
    /// Where a skip link goes: the id of the page's main part, which carries tabindex="-1" so that
    /// following the link moves the focus there, and Tab goes on from inside it.
    /// </summary>
    public readonly record struct SkipLink(string TargetId, string Label);
}
