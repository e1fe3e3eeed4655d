using Search.Index;

namespace Search.Engine.Related;

/// <summary>Another newspaper's write-up of the same session, and how much of the shorter of the two they share.</summary>
public sealed record CoverageArticle(string Id, string Title, string Source, DateOnly? Date, double Shared);

/// <summary>
/// The other coverage of the session an article reports on: articles of its district and year that
/// repeat a good part of it (<see cref="Index.Overlap.ArticleOverlaps"/>), each printing once.
/// </summary>
public static class SessionCoverage
{
    public static IReadOnlyList<CoverageArticle> Of(ArticleIndex index, int doc) =>
        [.. index.Overlaps.CoverageOf(doc).Select(other =>
        {
            var article = index.Article(other.Doc);
            return new CoverageArticle(article.Id, article.Title, article.Source, article.Date, Math.Round(other.Shared, 3));
        })];
}
