using Search.Corpus;
using Search.Corpus.Figures;
using Search.Engine.Highlighting;
using Search.Engine.Related;
using Search.Engine.Searching;
using Search.Places;

namespace Search.Engine.Viewing;

/// <summary>
/// Everything shown with one article, gathered in one call (<see cref="Searcher.View"/>) from one
/// id lookup and one read of the article: its key figures, other printings, the other coverage of
/// its session, the years of its places, the articles most like it, and where the query it was
/// opened from stands in it. The article page and <c>GET /api/articles/{id}</c> render it.
/// </summary>
public sealed record ArticleView(
    Article Article,
    IReadOnlyList<KeyFigure> Figures,
    IReadOnlyList<ArticleCopy> Copies,
    IReadOnlyList<CoverageArticle> Coverage,
    IReadOnlyList<PlaceTimeline> Timelines,
    IReadOnlyList<RelatedArticle> Related,
    ArticleMarks Marks)
{
    /// <summary>An article about more places than this (a round-up) is about all of them: it gets no timeline of each.</summary>
    public const int TimelinePlaces = 2;
}

/// <summary>A place of the article and its articles year by year.</summary>
public sealed record PlaceTimeline(Place Place, IReadOnlyList<DistrictYear> Years);

/// <summary>
/// Where the query's terms stand in each part of an article, as ranges of that part's text: the
/// title, the subtitle, each paragraph of the body (split at <c>\n</c>) and each caption. Empty
/// lists when there was no query.
/// </summary>
public sealed record ArticleMarks(
    IReadOnlyList<TextRange> Title,
    IReadOnlyList<TextRange> Subtitle,
    IReadOnlyList<IReadOnlyList<TextRange>> Paragraphs,
    IReadOnlyList<IReadOnlyList<TextRange>> Captions);
