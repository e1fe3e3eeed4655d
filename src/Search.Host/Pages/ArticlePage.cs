using System.Globalization;
using Search.Corpus;
using Search.Corpus.Figures;
using Search.Engine.Related;
using Search.Engine.Searching;
using Search.Engine.Viewing;
using Search.Host.Hosting;
using Search.Places;
using Search.Rendering;

namespace Search.Host.Pages;

/// <summary>
/// One article: title, metadata, captions and body, with the query's terms marked when reached from
/// a search, the sentence of a figure marked when reached from the figures page, and the key figures
/// found in it.
/// </summary>
internal static class ArticlePage
{
    /// <param name="openedFrom">The search the article was opened from (its query marks the text, its way back returns there); an empty one for none.</param>
    /// <param name="markedFigure">Where the figure whose sentence is to be marked starts in the body.</param>
    /// <param name="site">Where the service is reached: the citation's link.</param>
    public static string Render(ArticleView view, PageState openedFrom, int? markedFigure, string site)
    {
        var (article, marks) = (view.Article, view.Marks);
        var query = openedFrom.Query;
        var html = new Html();
        Layout.Head(html, $"{article.Title} · {SearchPage.Brand}");
        // A search typed here is a new one: the query stays in the box, the filters it was opened with do not hide in it.
        Layout.Masthead(html, new PageState(query, [], [], 1, null), new Layout.SkipLink("article", "跳到正文"));
        var back = openedFrom.Url();
        html.Raw("<main class=\"article\" id=\"article\" tabindex=\"-1\"><p class=\"back\"><a href=\"").Text(back).Raw("\">← 返回")
            .Raw(back == "/" ? "首页" : "搜索结果").Raw("</a></p><article><h1>").Marked(article.Title, marks.Title).Raw("</h1>");
        if (article.Subtitle is { } subtitle)
            html.Raw("<p class=\"subtitle\">").Marked(subtitle, marks.Subtitle).Raw("</p>");
        html.Raw("<p class=\"meta\">");
        foreach (var place in article.Places)
            html.Raw("<a class=\"badge\" href=\"").Text(new PageState("", [place], [], 1, null).Url()).Raw("\">").Text(place.Name).Raw("</a>");
        PrintedLine.Render(html, article.Year, article.Date, article.Provenance, article.Source);
        html.Raw("</p>");
        CitationBox.Render(html, Printed.Citation(article.Title, article.Provenance, SiteAddress.Article(site, article.Id)));
        if (view.Copies.Count > 0)
            AlsoIn(html, view.Copies, query);
        if (article.Byline is { } byline)
            html.Raw("<p class=\"byline\">").Text(byline).Raw("</p>");
        var marked = view.Figures.FirstOrDefault(figure => figure.Figure.Start == markedFigure)?.Sentence;
        var at = 0;
        html.Raw("<div class=\"body\">");
        foreach (var (paragraph, i) in article.Body.Split('\n').Select((paragraph, i) => (paragraph, i)))
        {
            var terms = marks.Paragraphs[i];
            html.Raw("<p>");
            if (marked is { } sentence && sentence.Start >= at && sentence.End <= at + paragraph.Length)
            {
                var (from, to) = (sentence.Start - at, sentence.End - at);
                html.Marked(paragraph, terms, 0, from).Raw("<mark class=\"figure-sentence\" id=\"figure\">")
                    .Marked(paragraph, terms, from, to).Raw("</mark>").Marked(paragraph, terms, to, paragraph.Length);
            }
            else
            {
                html.Marked(paragraph, terms);
            }
            html.Raw("</p>");
            at += paragraph.Length + 1;
        }
        html.Raw("</div>");
        if (article.Captions.Count > 0)
        {
            html.Raw("<aside class=\"captions\" aria-label=\"图片说明\"><h2>图片说明</h2><ul>");
            foreach (var (caption, i) in article.Captions.Select((caption, i) => (caption, i)))
                html.Raw("<li>").Marked(caption, marks.Captions[i]).Raw("</li>");
            html.Raw("</ul></aside>");
        }
        Figures(html, view.Figures, query);
        // What to read next, in one place: the same session in other papers, the district's other years, the most alike.
        html.Raw("<section class=\"read-on\" aria-label=\"延伸阅读\">");
        Coverage(html, view.Coverage);
        foreach (var timeline in view.Timelines)
            Timeline(html, article, timeline.Place, timeline.Years);
        Related(html, view.Related);
        html.Raw("</section></article></main>");
        return Layout.End(html);
    }

    /// <summary>The other printings of an article (the same page held twice, a reprint), each a link.</summary>
    public static void AlsoIn(Html html, IReadOnlyList<ArticleCopy> copies, string query)
    {
        html.Raw("<p class=\"also-in\">另见：");
        foreach (var (copy, i) in copies.Select((copy, i) => (copy, i)))
        {
            html.Raw(i > 0 ? "、" : "").Raw("<a href=\"").Text(new PageState(query, [], [], 1, null).Url("/articles/" + Uri.EscapeDataString(copy.Id))).Raw("\">")
                .Text(copy.Source).Raw("</a>");
        }
        html.Raw("</p>");
    }

    /// <summary>Other newspapers' write-ups of the same session, with how much of the shorter text they share.</summary>
    private static void Coverage(Html html, IReadOnlyList<CoverageArticle> coverage)
    {
        if (coverage.Count == 0)
            return;
        html.Raw("<aside class=\"coverage\" aria-label=\"本次会议的其他报道\"><h2>本次会议的其他报道</h2><ul>");
        foreach (var other in coverage)
        {
            html.Raw("<li><a href=\"/articles/").Text(Uri.EscapeDataString(other.Id)).Raw("\">").Text(other.Title).Raw("</a> <span class=\"note\">").Text(other.Source)
                .Raw(" · 约").Text(Math.Round(other.Shared * 100).ToString(CultureInfo.InvariantCulture)).Raw("%内容相同</span></li>");
        }
        html.Raw("</ul></aside>");
    }

    /// <summary>
    /// The place's articles year by year, this one's year marked: what it said the years before and after.
    /// Each year lists its newest few and links to the search of that place and year for all.
    /// </summary>
    private static void Timeline(Html html, Article article, Place place, IReadOnlyList<DistrictYear> years)
    {
        if (years.Count == 0 || (years.Count == 1 && years[0].Count == 1))
            return; // nothing besides this article
        html.Raw("<nav class=\"timeline\" aria-label=\"").Text(place.Name).Raw("历年报道\"><h2>").Text(place.Name).Raw("历年报道</h2><ol>");
        foreach (var year in years)
        {
            var current = year.Year == article.Year;
            html.Raw(current ? "<li class=\"year current\" aria-current=\"true\">" : "<li class=\"year\">")
                .Raw("<a class=\"label\" href=\"").Text(new PageState("", [place], [year.Year], 1, null).Url()).Raw("\">")
                .Text($"{year.Year}年").Raw(" <span class=\"count\">").Text($"{year.Count}篇").Raw("</span></a><ul>");
            foreach (var other in year.Articles)
            {
                if (other.Id == article.Id)
                    html.Raw("<li class=\"this\">").Text(other.Title).Raw(" <span class=\"note\">（本文）</span></li>");
                else
                    html.Raw("<li><a href=\"/articles/").Text(Uri.EscapeDataString(other.Id)).Raw("\">").Text(other.Title).Raw("</a></li>");
            }
            html.Raw("</ul></li>");
        }
        html.Raw("</ol><p class=\"timeline-terms\"><a href=\"").Text(new TermsView(place, article.Year, null, Engine.Terms.NewAgainst.Place, "", []).Url())
            .Raw("\">").Text($"{place.Name}{(article.Year is { } articleYear ? $"{articleYear}年" : "")}的用词变化：新词、升降与特色词").Raw("</a></p></nav>");
    }

    /// <summary>The articles most like this one, each with its district, year and the words they share.</summary>
    private static void Related(Html html, IReadOnlyList<RelatedArticle> related)
    {
        if (related.Count == 0)
            return;
        html.Raw("<aside class=\"related\" aria-label=\"相关文章\"><h2>相关文章</h2><ol>");
        foreach (var other in related)
        {
            html.Raw("<li><a href=\"/articles/").Text(Uri.EscapeDataString(other.Id)).Raw("\">").Text(other.Title).Raw("</a> <span class=\"meta\">")
                .Text(string.Join("、", other.Places.Select(place => place.Name))).Raw(other.Year is { } year ? $" {year}年" : "").Raw("</span>");
            if (other.SharedWords.Count > 0)
                html.Raw(" <span class=\"shared\">共同词语：").Text(string.Join(" ", other.SharedWords)).Raw("</span>");
            html.Raw("</li>");
        }
        html.Raw("</ol></aside>");
    }

    private static void Figures(Html html, IReadOnlyList<KeyFigure> figures, string query)
    {
        if (figures.Count == 0)
            return;
        html.Raw("<aside class=\"article-figures\" aria-label=\"本文关键指标\"><h2>本文关键指标</h2><ul>");
        foreach (var figure in figures)
        {
            html.Raw("<li><a href=\"").Text(FiguresView.ArticleUrl(figure, query)).Raw("\">")
                .Text($"{figure.Place.Name} {figure.Year}年{FigureWording.Kind(figure.Kind)} · {figure.Indicator}{FigureWording.Measure(figure.Measure)} {FigureWording.Value(figure)}")
                .Raw("</a></li>");
        }
        html.Raw("</ul><p><a href=\"/figures\">各地关键指标</a></p></aside>");
    }
}
