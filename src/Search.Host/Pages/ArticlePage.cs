using System.Globalization;
using Search.Corpus;
using Search.Engine.Searching;

namespace Search.Host.Pages;

/// <summary>One article: title, metadata, captions and body, with the query's terms marked when reached from a search.</summary>
internal static class ArticlePage
{
    public static string Render(Article article, string query, Searcher searcher)
    {
        var state = new PageState(query, [], [], 1, null);
        var html = new Html();
        Layout.Head(html, $"{article.Title} · {SearchPage.Brand}");
        Layout.Masthead(html, state);
        html.Raw("<main class=\"article\"><p class=\"back\"><a href=\"").Text(state.Url()).Raw("\">← 返回")
            .Raw(query.Length > 0 ? "搜索结果" : "首页").Raw("</a></p><article><h1>").Highlighted(searcher.Highlight(query, article.Title)).Raw("</h1>");
        if (article.Subtitle is { } subtitle)
            html.Raw("<p class=\"subtitle\">").Highlighted(searcher.Highlight(query, subtitle)).Raw("</p>");
        html.Raw("<p class=\"meta\">");
        foreach (var district in article.Districts)
            html.Raw("<a class=\"badge\" href=\"").Text(new PageState("", [district], [], 1, null).Url()).Raw("\">").Text(district).Raw("</a>");
        if (article.Year is { } year)
            html.Raw("<span class=\"year\">").Text($"{year}年").Raw("</span>");
        if (article.Date is { } date)
            html.Raw("<time datetime=\"").Text(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Raw("\">").Text(date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)).Raw("</time>");
        html.Raw("<span class=\"source\">").Text(article.Source).Raw("</span></p>");
        if (article.Byline is { } byline)
            html.Raw("<p class=\"byline\">").Text(byline).Raw("</p>");
        foreach (var paragraph in article.Body.Split('\n'))
            html.Raw("<p>").Highlighted(searcher.Highlight(query, paragraph)).Raw("</p>");
        if (article.Captions.Count > 0)
        {
            html.Raw("<aside class=\"captions\" aria-label=\"图片说明\"><h2>图片说明</h2><ul>");
            foreach (var caption in article.Captions)
                html.Raw("<li>").Highlighted(searcher.Highlight(query, caption)).Raw("</li>");
            html.Raw("</ul></aside>");
        }
        html.Raw("</article></main>");
        return Layout.End(html);
    }
}
