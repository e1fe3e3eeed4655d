using System.Diagnostics;
using System.Runtime.CompilerServices;
using Search.Analysis;
using Search.Engine.Highlighting;
using Search.Engine.Pinyin;
using Search.Engine.Querying;
using Search.Engine.Related;
using Search.Engine.Suggesting;
using Search.Index;
using Search.Places;

namespace Search.Engine.Searching;

/// <summary>
/// Answers a <see cref="SearchRequest"/> against one <see cref="ArticleIndex"/>: parse, compile into
/// a Lucene query (<see cref="QueryCompiler"/>), then one Lucene search whose collector applies the
/// filters, counts both facets drill-sideways and keeps the top hits (<see cref="HitCollector"/>);
/// finally the hits of the page are read from stored fields and highlighted. Articles containing
/// every term exactly rank above the rest; ties go to BM25, then to the newer.
/// </summary>
/// <param name="pinyin">Whether a query typed in pinyin also finds the words it spells (<c>Search:Pinyin</c>).</param>
public sealed class Searcher(ArticleIndex index, WordAnalyzer analyzer, bool pinyin = true)
{
    private static readonly ConditionalWeakTable<ArticleIndex, Lazy<Suggester>> Suggesters = new();

    public ArticleIndex Index => index;

    /// <summary>
    /// <paramref name="text"/> as escaped HTML with the query's terms marked, by the same rules as
    /// search results (for an article opened from a search).
    /// </summary>
    public string Highlight(string? query, string text) =>
        Highlighter.Highlight(text, Compile(QueryParser.Parse(query)).Terms, analyzer.Folding);

    /// <summary>Completions for a prefix typed in the search box; built once per view of the index, on first use.</summary>
    public IReadOnlyList<Suggestion> Suggest(string? prefix) =>
        Suggesters.GetValue(index, view => new Lazy<Suggester>(() => new Suggester(view, analyzer.Folding))).Value.Suggest(prefix, pinyin);

    /// <summary>Up to <paramref name="size"/> articles most like the one with <paramref name="id"/>; null when there is no such article.</summary>
    public IReadOnlyList<RelatedArticle>? Related(string id, int size) =>
        index.DocOf(id) is { } doc ? RelatedArticles.Of(index, analyzer, doc, Math.Clamp(size, 1, RelatedArticles.MaxSize)) : null;

    /// <summary>Other newspapers' write-ups of the session the article with <paramref name="id"/> reports on; null when there is no such article.</summary>
    public IReadOnlyList<CoverageArticle>? Coverage(string id) =>
        index.DocOf(id) is { } doc ? SessionCoverage.Of(index, doc) : null;

    /// <summary>The other printings of the article with <paramref name="id"/>; null when there is no such article.</summary>
    public IReadOnlyList<ArticleCopy>? Copies(string id) => index.DocOf(id) is { } doc ? CopiesOf(doc) : null;

    /// <summary>A place's articles by report year, the places under it included.</summary>
    public IReadOnlyList<DistrictYear> Timeline(Place place, int perYear = DistrictTimeline.DefaultPerYear) =>
        DistrictTimeline.Of(index, place, perYear);

    public SearchResult Search(SearchRequest request)
    {
        var started = Stopwatch.GetTimestamp();
        var parsed = QueryParser.Parse(request.Query);
        var page = Math.Max(1, request.Page);
        var size = Math.Clamp(request.Size, 1, SearchRequest.MaxSize);
        page = Math.Min(page, Math.Max(1, SearchRequest.MaxWindow / size));
        var sort = request.Sort ?? (parsed.MatchesEverything ? SortOrder.Date : SortOrder.Relevance);
        var query = Compile(parsed);
        var compiled = Stopwatch.GetTimestamp();

        var collector = new HitCollector(index, query, [.. (request.Places ?? []).Concat(parsed.Places).Distinct()], SelectedYears(request, parsed), sort, page * size);
        index.Search(query.Query, collector);
        var searched = Stopwatch.GetTimestamp();

        var hits = collector.Top().Skip((page - 1) * size)
            .Select(entry => ToHit(entry.Doc, entry.Score, entry.Exact, query.Terms))
            .ToList();
        var finished = Stopwatch.GetTimestamp();
        return new SearchResult(request.Query ?? "", collector.Total, page, size,
            Stopwatch.GetElapsedTime(started, finished).TotalMilliseconds, hits, collector.Facets())
        {
            Timings = new SearchTimings(
                Stopwatch.GetElapsedTime(started, compiled).TotalMilliseconds,
                Stopwatch.GetElapsedTime(compiled, searched).TotalMilliseconds,
                Stopwatch.GetElapsedTime(searched, finished).TotalMilliseconds),
            SpelledAs = query.Spelled,
            CorpusPlaces = index.Places,
        };
    }

    private CompiledQuery Compile(ParsedQuery parsed) =>
        QueryCompiler.Compile(parsed, analyzer, pinyin ? SpelledQuery.Of(parsed, index) : null);

    private SearchHit ToHit(int doc, double score, bool exact, IReadOnlyList<AnalyzedTerm> terms)
    {
        var article = index.Article(doc);
        return new SearchHit(article.Id, article.Title, Highlighter.Highlight(article.Title, terms, analyzer.Folding), article.Places, article.Year,
            article.Date, article.Source, Math.Round(score, 4), exact, Snippets.Choose(IndexedText.Body(article), terms, analyzer.Folding))
        {
            AlsoIn = CopiesOf(doc),
        };
    }

    private IReadOnlyList<ArticleCopy> CopiesOf(int doc) =>
        [.. index.Copies.Of(doc).Select(copy => index.Article(copy)).Select(copy => new ArticleCopy(copy.Id, copy.Source))];

    private static HashSet<int> SelectedYears(SearchRequest request, ParsedQuery query)
    {
        var years = new HashSet<int>(request.Years ?? []);
        if (query.Years is { } range && range.To - range.From < 200)
        {
            for (var year = range.From; year <= range.To; year++)
                years.Add(year);
        }
        return years;
    }
}
