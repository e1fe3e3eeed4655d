using Search.Corpus.Metadata;
using Search.Corpus.Printing;
using Search.Places;

namespace Search.Corpus.Pages;

/// <summary>
/// Turns the text of one newspaper page, or one full report, into clean articles. Pure: text in,
/// articles out.
/// </summary>
public static class PageParser
{
    private const int MaxFallbackTitleLength = 40;

    /// <param name="text">The decoded page.</param>
    /// <param name="source">The page's path relative to the corpus folder, recorded on each article and used for its ids.</param>
    public static IReadOnlyList<Article> Parse(string text, string source)
    {
        var lines = Lines(text).ToList();
        var page = PrintingReader.OfPage(lines);
        var articles = PageSplitter.Split(lines.Select(BlockClassifier.Classify)).Select(draft => Read(draft, page)).ToList();

        // A page is printed on one day: an article that never states its report year (it may say only
        // 新的一年) shares the year of the other reports on its page.
        var pageYear = articles.Select(article => article.Year).OfType<int>()
            .GroupBy(year => year).OrderByDescending(group => group.Count()).Select(group => (int?)group.Key).FirstOrDefault();

        return articles.Select((article, index) => article.ToArticle(ArticleId.For(source, index + 1), source, pageYear)).ToList();
    }

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(line => line.Trim().Trim('\u3000', '\uFEFF')).Where(line => line.Length > 0);

    /// <summary>
    /// Where it was printed: the paper its own byline or source line names, else the page's masthead.
    /// Whose report, which year, which date, in the order the evidence is worth: a full report's own
    /// title (<c>2025年山东省政府工作报告</c>) and dateline (<c>2025年1月19日在…人民代表大会…</c>), then a
    /// newspaper's label or headline prefix and the session's dateline, and, for a roundup, the places
    /// its text names — a name several places bear read in the paper's home (鼓楼区 in 福州日报); the
    /// year from the title, the dateline, then the phrases that set this year's tasks.
    /// </summary>
    private static ReadArticle Read(DraftArticle draft, Provenance page)
    {
        var printed = new Provenance(draft.Bylines.Select(PrintingReader.PaperOfCredit).FirstOrDefault(paper => paper is not null), null, null).Or(page);
        IReadOnlyList<Place> home = printed.Paper is { } name && Papers.Named(name) is { Home.Level: not PlaceLevel.National } paper ? [paper.Home] : [];

        var headline = draft.Title is { } given ? Article.TitleOf(given) : null;
        var body = BodyJoiner.Join(draft.Paragraphs, mayHaveCaptions: headline is null || !IsFullReport(headline));
        var title = headline ?? FallbackTitle(body.Paragraphs[0]);
        var allText = string.Join('\n', new[] { title, draft.Subtitle }.OfType<string>().Concat(body.Paragraphs));

        var reporting = PlaceReading.OfTitle(title, home);
        var labelled = draft.Label is { } label ? PlaceReading.Label(label, reporting is null ? home : [reporting, .. home]) : null;
        var dateline = Dateline.Find(draft.Subtitle, body.Paragraphs, new[] { reporting, labelled }.OfType<Place>().Concat(home));
        IReadOnlyList<Place> places = (reporting ?? labelled ?? dateline?.Place) is { } one ? [one] : PlaceReading.Mentioned(allText, home);
        var year = ReportYear.OfTitle(title) ?? dateline?.Year ?? ReportYear.Detect(allText);

        return new ReadArticle(draft, title, body, places, PlaceSections.Of(body.Paragraphs, places), year, dateline, printed);
    }

    /// <summary>
    /// A work report given whole (<c>2014年中华人民共和国国务院政府工作报告</c>): no photos, so no captions. Not a
    /// newspaper's piece about one (<c>…政府工作报告（摘要）</c>, <c>…政府工作报告解读</c>), which may print photos.
    /// </summary>
    private static bool IsFullReport(string title) =>
        ReportYear.OfTitle(title) is not null && title.TrimEnd().EndsWith("政府工作报告", StringComparison.Ordinal);

    private static string FallbackTitle(string firstParagraph)
    {
        var sentenceEnd = firstParagraph.AsSpan().IndexOfAny("。！？!?");
        var sentence = sentenceEnd > 0 ? firstParagraph[..sentenceEnd] : firstParagraph;
        return sentence.Length <= MaxFallbackTitleLength ? sentence : sentence[..MaxFallbackTitleLength] + "…";
    }

    /// <summary>An article with its metadata read from its own text, before the page's year is known.</summary>
    private sealed record ReadArticle(
        DraftArticle Draft, string Title, BodyJoiner.Result Body, IReadOnlyList<Place> Places, IReadOnlyList<PlaceSection> Sections,
        int? Year, Dateline.Found? Dateline, Provenance Printed)
    {
        public Article ToArticle(string id, string source, int? pageYear)
        {
            // A session is reported the year it meets: with no year in its words or on its page, the paper's is it.
            var year = Year ?? pageYear ?? Printed.Published?.Year;
            return new Article(
                Id: id,
                Title: Title,
                Subtitle: Draft.Subtitle,
                Places: Places,
                Year: year,
                Date: year is { } y && Dateline is { } d && (d.Year ?? y) is var dateYear && d.Day <= DateTime.DaysInMonth(dateYear, d.Month)
                    ? new DateOnly(dateYear, d.Month, d.Day) : null,
                Byline: Draft.Bylines.Count > 0 ? string.Join(' ', Draft.Bylines) : null,
                Captions: [.. Draft.Captions, .. Body.Captions],
                Source: source,
                Body: string.Join('\n', Body.Paragraphs))
            {
                Sections = Sections,
                Provenance = Printed,
            };
        }
    }
}
