using System.Collections.Concurrent;
using System.Diagnostics;
using Search.Analysis;
using Search.Analysis.Folding;
using Search.Analysis.Synonyms;
using Search.Corpus;
using Search.Engine.Highlighting;
using Search.Engine.Pinyin;
using Search.Engine.Querying;
using Search.Engine.Related;
using Search.Engine.Spelling;
using Search.Engine.Suggesting;
using Search.Engine.Terms;
using Search.Engine.Viewing;
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
    // One suggester a view for each folding (the index's analysis decides which one a view has).
    private static readonly ConcurrentDictionary<CharacterFolding, PerView<Suggester>> Suggesters = new();

    public ArticleIndex Index => index;

    /// <summary>How many queries this searcher has parsed and compiled: a diagnostic, so tests can hold a view to one.</summary>
    internal int Compilations { get; private set; }

    /// <summary>The query parsed and compiled once, for a search and everything else of one request.</summary>
    public PreparedQuery Prepare(string? query)
    {
        var parsed = QueryParser.Parse(query);
        Compilations++;
        return new PreparedQuery(query ?? "", parsed, QueryCompiler.Compile(parsed, analyzer, pinyin ? SpelledQuery.Of(parsed, index) : null, QuerySynonyms.Default));
    }

    /// <summary>Where the query's terms stand in <paramref name="text"/>, by the same rules as search results' marks.</summary>
    public IReadOnlyList<TextRange> Marks(PreparedQuery query, string text) =>
        query.IsEmpty ? [] : MatchedText.Ranges(text, query.Compiled.Terms, analyzer.Folding);

    /// <summary>Completions for a prefix typed in the search box; built once per view of the index, on first use.</summary>
    public IReadOnlyList<Suggestion> Suggest(string? prefix) =>
        Suggesters.GetOrAdd(analyzer.Folding, folding => new PerView<Suggester>(view => new Suggester(view, folding))).Of(index).Suggest(prefix, pinyin);

    /// <summary>
    /// The article with <paramref name="id"/> and everything shown with it, from one id lookup and
    /// one read of it, the query it was opened from (if any) marked in it; null when there is no such article.
    /// </summary>
    public ArticleView? View(string id, PreparedQuery? query = null)
    {
        if (index.DocOf(id) is not { } doc)
            return null;
        var article = index.Article(doc);
        IReadOnlyList<TextRange> Mark(string text) => query is null ? [] : Marks(query, text);
        var marks = new ArticleMarks(Mark(article.Title), article.Subtitle is { } subtitle ? Mark(subtitle) : [],
            [.. article.Body.Split('\n').Select(Mark)], [.. article.Captions.Select(Mark)]);
        // A round-up of more places than this is about all of them: no timeline of each.
        IReadOnlyList<PlaceTimeline> timelines = article.Places.Count <= ArticleView.TimelinePlaces
            ? [.. article.Places.Select(place => new PlaceTimeline(place, Timeline(place)))] : [];
        return new ArticleView(article, index.FiguresOf(doc, sentences: false), CopiesOf(doc), SessionCoverage.Of(index, doc, article), timelines,
            RelatedArticles.Of(index, analyzer, doc, article, RelatedArticles.DefaultSize), marks);
    }

    /// <summary>Up to <paramref name="size"/> articles most like the one with <paramref name="id"/>; null when there is no such article.</summary>
    public IReadOnlyList<RelatedArticle>? Related(string id, int size) =>
        index.DocOf(id) is { } doc ? RelatedArticles.Of(index, analyzer, doc, index.Article(doc), Math.Clamp(size, 1, RelatedArticles.MaxSize)) : null;

    /// <summary>Other newspapers' write-ups of the session the article with <paramref name="id"/> reports on; null when there is no such article.</summary>
    public IReadOnlyList<CoverageArticle>? Coverage(string id) =>
        index.DocOf(id) is { } doc ? SessionCoverage.Of(index, doc, index.Article(doc)) : null;

    /// <summary>The other printings of the article with <paramref name="id"/>; null when there is no such article.</summary>
    public IReadOnlyList<ArticleCopy>? Copies(string id) => index.DocOf(id) is { } doc ? CopiesOf(doc) : null;

    /// <summary>A place's articles by report year, the places under it included.</summary>
    public IReadOnlyList<DistrictYear> Timeline(Place place, int perYear = DistrictTimeline.DefaultPerYear) =>
        DistrictTimeline.Of(index, place, perYear);

    /// <summary>The governments the index holds reports of (articles covering their sessions).</summary>
    public IReadOnlyList<Place> ReportPlaces() => TermTable.Of(index).Places;

    /// <summary>The years the index holds reports of a place (of any place when null), in order: what the terms views may be asked of.</summary>
    public IReadOnlyList<int> ReportYears(Place? place) => TermTable.Of(index).YearsOf(place);

    /// <summary>The terms of a place's (or every place's) reports of a year that no earlier report used.</summary>
    public NewTermsResult NewTerms(Place? place, int year, NewAgainst against, int size) => Terms.NewTerms.Of(index, place, year, against, size);

    /// <summary>Rising and fading terms of a place between an earlier year (every earlier one when null) and a later.</summary>
    public TermChangesResult TermChanges(Place? place, int? from, int to, int size) => Terms.TermChanges.Of(index, place, from, to, size);

    /// <summary>What a place's reports (of a year, or of every year) say more than the others'.</summary>
    public DistinctiveTermsResult DistinctiveTerms(Place place, int? year, int size) => Terms.DistinctiveTerms.Of(index, place, year, size);

    /// <summary>A query's mentions year by year, per place asked for (the whole corpus when none).</summary>
    public TermTrendResult Trend(string query, IReadOnlyList<Place> places) => TermTrend.Of(index, analyzer, query, places);

    public SearchResult Search(SearchRequest request)
    {
        var started = Stopwatch.GetTimestamp();
        var query = Prepare(request.Query);
        var (parsed, compiled) = (query.Parsed, query.Compiled);
        var page = Math.Max(1, request.Page);
        var size = Math.Clamp(request.Size, 1, SearchRequest.MaxSize);
        page = Math.Min(page, Math.Max(1, SearchRequest.MaxWindow / size));
        var sort = request.Sort ?? (parsed.MatchesEverything ? SortOrder.Date : SortOrder.Relevance);
        var prepared = Stopwatch.GetTimestamp();

        IReadOnlyList<Place> places = [.. (request.Places ?? []).Concat(parsed.Places).Distinct()];
        var years = SelectedYears(request, parsed);
        var exclusions = Exclusions.Of(parsed);
        var collector = SlicedSearch.Run(index, compiled.Query, () => new HitCollector(index, compiled, places, years, sort, page * size, exclusions));
        var searched = Stopwatch.GetTimestamp();

        var top = collector.Top();
        var hits = top.Skip((page - 1) * size)
            .Select(entry => ToHit(entry.Doc, entry.Score, entry.Exact, compiled.Terms, places))
            .ToList();
        // Asked only of a query that matched nothing exactly, and for its first page (the proposal is the same on every page).
        var correction = !parsed.MatchesEverything && !collector.FoundExact && page == 1
            ? QueryCorrection.Of(query, analyzer.Folding, index, foundNothing: collector.Total == 0) : null;
        var finished = Stopwatch.GetTimestamp();
        return new SearchResult(request.Query ?? "", collector.Total, page, size,
            Stopwatch.GetElapsedTime(started, finished).TotalMilliseconds, hits, collector.Facets())
        {
            Timings = new SearchTimings(
                Stopwatch.GetElapsedTime(started, prepared).TotalMilliseconds,
                Stopwatch.GetElapsedTime(prepared, searched).TotalMilliseconds,
                Stopwatch.GetElapsedTime(searched, finished).TotalMilliseconds),
            Sort = sort,
            SpelledAs = compiled.Spelled,
            Synonyms = compiled.Synonyms,
            DidYouMean = correction,
            CorpusPlaces = index.Places,
        };
    }

    private SearchHit ToHit(int doc, double score, bool exact, IReadOnlyList<AnalyzedTerm> terms, IReadOnlyList<Place> selected)
    {
        var article = index.Article(doc);
        return new SearchHit(article.Id, article.Title, MatchedText.Ranges(article.Title, terms, analyzer.Folding), article.Places, article.Year,
            article.Date, article.Source, Math.Round(score, 4), exact, SnippetsOf(article, terms, selected))
        {
            AlsoIn = CopiesOf(doc),
            Provenance = article.Provenance,
        };
    }

    /// <summary>
    /// The hit's passages, each with its place. A roundup's passages never run from one place's
    /// paragraphs into another's, and searched with places selected it shows only the paragraphs about
    /// them, so a reader filtering by 崂山区 never reads 即墨区's words as 崂山区's.
    /// </summary>
    private IReadOnlyList<Snippet> SnippetsOf(Article article, IReadOnlyList<AnalyzedTerm> terms, IReadOnlyList<Place> selected)
    {
        var text = IndexedText.Body(article);
        if (article.Sections.Count == 0)
        {
            var place = article.Places is [var only] ? only : null;
            return [.. Snippets.Choose(text, terms, analyzer.Folding).Select(shown => new Snippet(shown.Text, shown.Marks, place))];
        }
        var offset = IndexedText.BodyStart(article);
        var sections = article.Sections.Select(section => section with { Start = section.Start + offset, End = section.End + offset }).ToList();
        bool Selected(PlaceSection section) => selected.Any(place => Gazetteer.IsWithin(section.Place, place));
        var within = selected.Count == 0 || sections.All(Selected) ? Stretches(sections, text.Length)
            : [.. sections.Where(Selected).Select(section => (section.Start, section.End))];
        return [.. Snippets.Choose(text, terms, analyzer.Folding, within).Select(shown => new Snippet(shown.Text, shown.Marks, PlaceAt(shown.Start)))];

        // Outside every section, a roundup speaks of its places together.
        Place? PlaceAt(int at) => sections.Where(section => section.Start <= at && at < section.End).Select(section => section.Place).FirstOrDefault();
    }

    /// <summary>The whole text cut at the sections' edges: each section, and each stretch between them.</summary>
    private static List<(int Start, int End)> Stretches(IReadOnlyList<PlaceSection> sections, int length)
    {
        var stretches = new List<(int Start, int End)>();
        var at = 0;
        foreach (var section in sections)
        {
            if (section.Start > at)
                stretches.Add((at, section.Start));
            stretches.Add((section.Start, section.End));
            at = section.End;
        }
        if (at < length)
            stretches.Add((at, length));
        return stretches;
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
