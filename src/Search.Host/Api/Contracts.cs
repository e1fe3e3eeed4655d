using Search.Engine.Figures;
using Search.Engine.Indexing;
using Search.Engine.Querying;
using Search.Engine.Related;
using Search.Engine.Searching;
using Search.Engine.Suggesting;
using Search.Engine.Viewing;
using Search.Host.Hosting;
using Search.Places;
using Search.Rendering;

namespace Search.Host.Api;

/// <summary>The JSON of <c>GET /api/search</c>. Snippets and <c>titleHtml</c> are HTML-escaped, with matches in &lt;mark&gt;.</summary>
/// <param name="SpelledAs">
/// What a query typed in pinyin was also read as: terms that all matched, each any of the corpus's
/// Chinese strings it spells (<c>laoshan</c> → <c>[["崂山","老山"]]</c>); empty when not read as pinyin.
/// </param>
/// <param name="Synonyms">
/// The terms also searched by their other names (<c>synonyms.txt</c>), each with those names
/// (<c>黄岛</c> → <c>["黄岛区","西海岸新区"]</c>); articles holding only another name rank below those holding the term as typed.
/// </param>
/// <param name="DidYouMean">
/// The query as it was probably meant, when a term of it is nowhere in the corpus: each such term replaced by the closest
/// string the corpus holds, a homophone first (<c>营商环竟</c> → <c>营商环境</c>, <c>崂山去</c> → <c>崂山区</c>); null when the query found what it asked for.
/// </param>
public sealed record SearchResponse(
    string Query, int Total, int Page, int Size, double TookMs, IReadOnlyList<HitResponse> Hits, FacetsResponse Facets,
    IReadOnlyList<IReadOnlyList<string>> SpelledAs, IReadOnlyList<TermSynonyms> Synonyms, string? DidYouMean)
{
    /// <param name="site">Where the service is reached (<see cref="SiteAddress"/>): the citations' links.</param>
    public static SearchResponse From(SearchResult result, PlaceFacetScope placeFacet, string site) => new(
        result.Query, result.Total, result.Page, result.Size, Math.Round(result.TookMs, 3),
        [.. result.Hits.Select(hit => HitResponse.From(hit, site))],
        FacetsResponse.From(result.Facets, placeFacet),
        result.SpelledAs, result.Synonyms, result.DidYouMean);
}

/// <param name="Districts">The names of its places (as <c>places</c> gives them), as the field always was.</param>
/// <param name="Places">The governments whose report it covers.</param>
/// <param name="Date">The date of the session (or the report) it covers — not the day the paper printed it, which is <c>published</c>.</param>
/// <param name="Source">The corpus file it was read from.</param>
/// <param name="Paper">The newspaper or client that printed it (青岛晚报, 解放日报), when its page names one.</param>
/// <param name="Published">The day the paper printed it, when known.</param>
/// <param name="Edition">The page (版次) it was printed on, as the paper numbers it (3, A03), when known.</param>
/// <param name="AlsoIn">The other printings of the same article (the same page held twice), which are not hits of their own and are not counted again.</param>
/// <param name="Citation">The article cited as Chinese papers cite a newspaper piece, with the service's link: 《青岛晚报》2024年2月6日第3版：《崂山区：…》，http://…/articles/….</param>
public sealed record HitResponse(
    string Id, string Title, string TitleHtml, IReadOnlyList<string> Districts, IReadOnlyList<PlaceResponse> Places, int? Year, DateOnly? Date, string Source,
    string? Paper, DateOnly? Published, string? Edition, string Citation,
    double Score, bool Exact, IReadOnlyList<SnippetResponse> Snippets, IReadOnlyList<ArticleCopy> AlsoIn)
{
    public static HitResponse From(SearchHit hit, string site) =>
        new(hit.Id, hit.Title, hit.TitleHtml(), PlaceResponse.Names(hit.Places), PlaceResponse.Of(hit.Places), hit.Year, hit.Date, hit.Source,
            hit.Provenance.Paper, hit.Provenance.Published, hit.Provenance.Edition, Printed.Citation(hit.Title, hit.Provenance, SiteAddress.Article(site, hit.Id)),
            hit.Score, hit.Exact,
            [.. hit.Snippets.Select(snippet => new SnippetResponse(snippet.Html(), snippet.Place is { } place ? PlaceResponse.From(place) : null))], hit.AlsoIn);
}

/// <summary>
/// A passage of a hit, HTML-escaped with matches in &lt;mark&gt;, and the place it speaks of: in a
/// roundup, the place whose paragraph it is from (with places selected, only theirs are shown);
/// otherwise the article's place, or null for a passage about several places together.
/// </summary>
public sealed record SnippetResponse(string Html, PlaceResponse? Place);

/// <summary>A place: its GB/T 2260 code (<c>000000</c> the nation), name, level (<c>national</c>, <c>province</c>, <c>city</c>, <c>county</c>) and the code of the place above it.</summary>
public sealed record PlaceResponse(string Code, string Name, string Level, string? Parent)
{
    public static PlaceResponse From(Place place) => new(place.Code, place.Name, WireNames.Level[place.Level], place.ParentCode);

    public static IReadOnlyList<PlaceResponse> Of(IEnumerable<Place> places) => [.. places.Select(From)];

    public static IReadOnlyList<string> Names(IEnumerable<Place> places) => [.. places.Select(place => place.Name)];
}

/// <summary>A place's count in the place facet: its articles and those of the places under it.</summary>
public sealed record PlaceFacetResponse(string Code, string Name, string Level, string? Parent, int Count, bool Selected);

/// <param name="Place">
/// Places with matching articles, each counting its own and those under it (drill sideways: the place filter left out), in tree
/// order (a place before the places under it). By default (<c>placeFacet=shown</c>) the places a view shows: the top level of
/// the matches' places (the provinces; a corpus of one city, its districts) with the places above it and the level under it,
/// and the way down to each selected place (at each level along it the listed places, and the places directly under it). <c>placeFacet=all</c>: every
/// place with a match, thousands for a broad query over China's reports.
/// </param>
/// <param name="District">The county-level places of <c>place</c>, by name (the field the API always had; it follows <c>placeFacet</c>).</param>
public sealed record FacetsResponse(IReadOnlyList<PlaceFacetResponse> Place, IReadOnlyList<FacetValue<string>> District, IReadOnlyList<FacetValue<int>> Year)
{
    public static FacetsResponse From(SearchFacets facets, PlaceFacetScope scope)
    {
        var places = scope == PlaceFacetScope.All ? [.. facets.Place.All()] : facets.Place.Shown();
        return new(
            [.. places.Select(value => new PlaceFacetResponse(value.Value.Code, value.Value.Name, WireNames.Level[value.Value.Level],
                value.Value.ParentCode, value.Count, value.Selected))],
            [.. places.Where(value => value.Value.Level == PlaceLevel.County).Select(value => new FacetValue<string>(value.Value.Name, value.Count, value.Selected))],
            facets.Year);
    }
}

/// <summary>The JSON of <c>GET /api/articles/{id}</c>: the whole article, paragraphs separated by <c>\n</c>.</summary>
/// <param name="Date">The date of the session (or the report) it covers — not the day the paper printed it, which is <c>published</c>.</param>
/// <param name="Paper">The newspaper or client that printed it, when its page names one.</param>
/// <param name="Published">The day the paper printed it, when known.</param>
/// <param name="Edition">The page (版次) it was printed on, when known.</param>
/// <param name="AlsoIn">The other printings of the same article.</param>
/// <param name="OtherCoverage">
/// Other write-ups of the same session: articles of a district and the year in common repeating a good part
/// of this one; <c>shared</c> is the part of the shorter text they have in common (0–1).
/// </param>
/// <param name="Timelines">For an article of one or two places, each place's articles by report year (as <c>/api/districts/{place}</c> gives them, three a year).</param>
/// <param name="Related">The articles most like it (as <c>/api/articles/{id}/related</c> gives them, five).</param>
public sealed record ArticleResponse(
    string Id, string Title, string? Subtitle, IReadOnlyList<string> Districts, IReadOnlyList<PlaceResponse> Places, int? Year, DateOnly? Date, string Source,
    string? Paper, DateOnly? Published, string? Edition, string Citation,
    string? Byline, IReadOnlyList<string> Captions, string Body, IReadOnlyList<ArticleCopy> AlsoIn, IReadOnlyList<CoverageArticle> OtherCoverage,
    IReadOnlyList<TimelineResponse> Timelines, IReadOnlyList<RelatedArticleResponse> Related)
{
    public static ArticleResponse From(ArticleView view, string site)
    {
        var a = view.Article;
        return new(a.Id, a.Title, a.Subtitle, PlaceResponse.Names(a.Places), PlaceResponse.Of(a.Places), a.Year, a.Date, a.Source,
            a.Provenance.Paper, a.Provenance.Published, a.Provenance.Edition, Printed.Citation(a.Title, a.Provenance, SiteAddress.Article(site, a.Id)), a.Byline, a.Captions, a.Body, view.Copies, view.Coverage,
            [.. view.Timelines.Select(timeline => new TimelineResponse(PlaceResponse.From(timeline.Place), timeline.Years))],
            [.. view.Related.Select(RelatedArticleResponse.From)]);
    }
}

/// <summary>A place's articles by report year, earliest first.</summary>
public sealed record TimelineResponse(PlaceResponse Place, IReadOnlyList<DistrictYear> Years);

/// <summary>
/// The JSON of <c>GET /api/districts/{district}</c>: the place's articles by report year, earliest
/// first (each year's count, and its newest articles up to <c>perYear</c>; the places under it
/// included), and its key figures.
/// </summary>
public sealed record DistrictResponse(string District, PlaceResponse Place, int Articles, IReadOnlyList<DistrictYear> Years, IReadOnlyList<FigureResponse> Figures);

/// <summary>The JSON of <c>GET /api/articles/{id}/related</c>: the articles most like it, most alike first.</summary>
public sealed record RelatedResponse(string Id, IReadOnlyList<RelatedArticleResponse> Related);

/// <param name="SharedWords">The article's most distinctive words that the related one has too, most distinctive first.</param>
public sealed record RelatedArticleResponse(string Id, string Title, IReadOnlyList<string> Districts, int? Year, double Score, IReadOnlyList<string> SharedWords)
{
    public static RelatedArticleResponse From(RelatedArticle related) =>
        new(related.Id, related.Title, PlaceResponse.Names(related.Places), related.Year, related.Score, related.SharedWords);
}

public sealed record SuggestResponse(string Query, IReadOnlyList<SuggestionResponse> Suggestions);

public sealed record SuggestionResponse(string Text, string Kind)
{
    public static SuggestionResponse From(Suggestion suggestion) => new(suggestion.Text, WireNames.Suggestion[suggestion.Kind]);
}

/// <summary><c>status</c>: <c>ready</c>; or, with 503, <c>loading</c> (the first index is being built or loaded) or <c>failing</c> (that failed, and is being tried again: <c>problem</c> says why).</summary>
public sealed record ReadinessResponse(string Status, int? Articles, string? Problem = null);

/// <summary>
/// The JSON of <c>GET /api/admin/status</c>: the state as <c>/readyz</c> gives it, the commit served,
/// and every corpus file read with warnings or without an article (each once per version of it).
/// </summary>
public sealed record StatusResponse(
    string Status, string? Problem, long? Generation, DateTimeOffset? CommittedAt, int? Articles, int? IndexedFiles, IReadOnlyList<FileProblemResponse> FileProblems)
{
    public static StatusResponse From(IndexStatus? status, string state, string? problem) => new(
        state, problem, status?.Generation, status?.CommittedAt, status?.Articles, status?.IndexedFiles,
        [.. (status?.FileProblems ?? []).Select(FileProblemResponse.From)]);
}

/// <summary>
/// A corpus file and what reading it said: <c>failed</c> when nothing of it could be read (and
/// <c>keptEarlierVersion</c> when the index still serves the articles of the version before), how
/// many of its articles are indexed, the warnings (stage and reason), and how many more there were.
/// </summary>
public sealed record FileProblemResponse(
    string File, bool Failed, bool KeptEarlierVersion, int Articles, IReadOnlyList<WarningResponse> Warnings, int MoreWarnings)
{
    public static FileProblemResponse From(FileProblem file) => new(
        file.Note.File, file.Note.Failed, file.KeptEarlier, file.Note.Articles,
        [.. file.Note.Warnings.Select(warning => new WarningResponse(warning.Stage, warning.Reason))], file.Note.MoreWarnings);
}

public sealed record WarningResponse(string Stage, string Reason);

public sealed record ReindexResponse(int Articles, double Seconds, IReadOnlyList<string> Warnings);

/// <summary>The JSON of <c>GET /api/figures</c>: the key figures that pass the filters.</summary>
public sealed record FiguresResponse(int Total, IReadOnlyList<FigureResponse> Figures);

/// <summary>
/// The JSON of <c>GET /api/figures/levels</c>: a place's targets for a year beside those of each
/// government above it. <c>chain</c> is the place, the places above it nearest first, and the nation;
/// each row gives one indicator and measure, <c>targets</c> one per place of the chain (null where its
/// report is not in the corpus or sets none) and <c>differences</c> the place's target less each
/// one's (points for a %; null where either has no number).
/// </summary>
public sealed record LevelsResponse(PlaceResponse Place, int Year, IReadOnlyList<PlaceResponse> Chain, IReadOnlyList<LevelRowResponse> Rows)
{
    public static LevelsResponse From(LevelComparison levels) => new(
        PlaceResponse.From(levels.Place), levels.Year, PlaceResponse.Of(levels.Chain),
        [.. levels.Rows.Select(row => new LevelRowResponse(row.Indicator, WireNames.Measure[row.Measure],
            [.. row.Targets.Select(target => target is null ? null : FigureResponse.From(target))], row.Differences))]);
}

public sealed record LevelRowResponse(string Indicator, string Measure, IReadOnlyList<FigureResponse?> Targets, IReadOnlyList<decimal?> Differences);

/// <summary>The JSON of <c>GET /api/figures/outcomes</c>: each target beside its result, and the rule that judged them.</summary>
public sealed record OutcomesResponse(int Total, string Rules, IReadOnlyList<OutcomeResponse> Outcomes);

/// <summary>
/// A target of <c>place</c>, <c>indicator</c>, <c>measure</c> and <c>year</c> (from that year's report) beside the
/// result reported for it (normally in the next year's report; null until the corpus holds it).
/// <c>verdict</c> is <c>met</c>, <c>missed</c>, <c>not_comparable</c>, or null without a result;
/// <c>difference</c> is the result less the target (points for a %).
/// </summary>
public sealed record OutcomeResponse(
    PlaceResponse Place, int Year, string Indicator, string Measure, FigureResponse Target, FigureResponse? Result, string? Verdict, decimal? Difference)
{
    public static OutcomeResponse From(FigureOutcome outcome) => new(
        PlaceResponse.From(outcome.Place), outcome.Year, outcome.Indicator, WireNames.Measure[outcome.Measure],
        FigureResponse.From(outcome.Target), outcome.Result is { } result ? FigureResponse.From(result) : null,
        outcome.Verdict is { } verdict ? WireNames.Verdict[verdict] : null, outcome.Difference);
}

/// <summary>
/// One key figure, of the place <c>place</c> (<c>district</c> is its name, as this field always
/// was; <c>level</c> its level) and the year <c>year</c>. <c>kind</c> is <c>target</c> or <c>result</c>, <c>measure</c> <c>growth</c> (unit %)
/// or <c>amount</c> (a level, an amount or a rate); <c>value</c> is null for a figure that is only a relation (<c>与经济增长同步</c>, in
/// <c>qualifier</c>), falls are negative, and a range gives its upper end in <c>valueHigh</c>; <c>estimate</c> marks a result
/// the report gives as 预计, 初步核算 or 初步统计. Offsets are UTF-16 positions in the article's body; <c>sentenceHtml</c> is
/// escaped, the figure in &lt;mark&gt;.
/// </summary>
public sealed record FigureResponse(
    string ArticleId, string ArticleTitle, string District, PlaceResponse Place, string Level, int Year, string Kind, string Indicator, string Label,
    string Measure, decimal? Value, decimal? ValueHigh, string? Unit, string? Qualifier, bool Estimate, string Sentence, string SentenceHtml,
    int FigureStart, int FigureEnd, int SentenceStart, int SentenceEnd)
{
    public static FigureResponse From(FigureRow row)
    {
        var f = row.Figure;
        return new(f.ArticleId, row.ArticleTitle, f.Place.Name, PlaceResponse.From(f.Place), WireNames.Level[f.Place.Level], f.Year, WireNames.Kind[f.Kind], f.Indicator, f.Label,
            WireNames.Measure[f.Measure], f.Value, f.ValueHigh, f.Unit, f.Qualifier, f.Estimate, f.SentenceText, f.SentenceHtml(),
            f.Figure.Start, f.Figure.End, f.Sentence.Start, f.Sentence.End);
    }
}
