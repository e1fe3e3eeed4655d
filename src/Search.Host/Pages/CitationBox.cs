namespace Search.Host.Pages;

/// <summary>
/// "复制引用" beside a result or an article: the citation (<see cref="Rendering.Printed.Citation"/>)
/// readable in a disclosure without script, and copied with one click where app.js runs.
/// </summary>
internal static class CitationBox
{
    public static void Render(Html html, string citation) =>
        html.Raw("<div class=\"cite\"><button type=\"button\" class=\"copy-citation\" data-citation=\"").Text(citation)
            .Raw("\">复制引用</button><span class=\"visually-hidden\" role=\"status\"></span><details><summary>引用</summary><p class=\"citation\">")
            .Text(citation).Raw("</p></details></div>");
}
