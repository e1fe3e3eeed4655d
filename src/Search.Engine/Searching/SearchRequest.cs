using Search.Corpus;
using Search.Engine.Highlighting;
using Search.Engine.Querying;
using Search.Places;

namespace Search.Engine.Searching;

public enum SortOrder
{
    Relevance,
    Date,
}

/// <summary>
/// What the user asked: query text, facet selections (several places combine with OR, each with
/// the places under it; several years with OR; places and years with AND), the page wanted and the order.
/// </summary>
public sealed record SearchRequest(
    string? Query,
    IReadOnlyList<Place>? Places = null,
    IReadOnlyList<int>? Years = null,
    int Page = 1,
    int Size = SearchRequest.DefaultSize,
    SortOrder? Sort = null)
{
    public const int DefaultSize = 10;

    public const int MaxSize = 100;

    /// <summary>Deep pages cost memory and tell a user nothing: page × size may not pass this rank.</summary>
    public const int MaxWindow = 10_000;
}

public sealed record SearchResult(
    string Query,
    int Total,
    int Page,
    int Size,
    double TookMs,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets)
{
    /// <summary>Where the time went: parsing and analysing the query, the Lucene search, the hits of the page.</summary>
    public SearchTimings Timings { get; init; } = new(0, 0, 0);

    /// <summary>The order the hits are in: the one asked for, else by date for a query with no text to match (filters alone), else by relevance.</summary>
    public SortOrder Sort { get; init; } = SortOrder.Relevance;

    /// <summary>
    /// What a query typed in pinyin was also read as: terms that all matched, each the Chinese strings
    /// of the corpus it spells (<c>laoshan</c> → [[崂山, 老山]]); empty when it was not read as pinyin.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> SpelledAs { get; init; } = [];

    /// <summary>
    /// The query as it was probably meant when a term of it is nowhere in the corpus (<c>营商环竟</c> →
    /// 营商环境; <see cref="Spelling.QueryCorrection"/>); null when the query found what it asked for.
    /// </summary>
    public string? DidYouMean { get; init; }

    /// <summary>The terms also searched by their other names (<c>黄岛</c> → 黄岛区, 西海岸新区); empty when none.</summary>
    public IReadOnlyList<TermSynonyms> Synonyms { get; init; } = [];

    /// <summary>The places the index holds reports of: what a page offers to browse by when nothing matched.</summary>
    public IReadOnlyList<Place> CorpusPlaces { get; init; } = [];
}

/// <param name="QueryMs">Parsing the query and analysing its terms into a Lucene query.</param>
/// <param name="SearchMs">The one pass that matches, scores, filters, counts facets and ranks.</param>
/// <param name="HitsMs">Reading the shown hits' stored fields and highlighting them.</param>
public sealed record SearchTimings(double QueryMs, double SearchMs, double HitsMs);

/// <param name="TitleMarks">Where the query matched in the title.</param>
/// <param name="Snippets">Up to three passages of the body, each with the place it speaks of; with places selected, a roundup's passages come from those places' paragraphs.</param>
/// <param name="Exact">Whether the article contains every query term (or phrase) exactly.</param>
public sealed record SearchHit(
    string Id,
    string Title,
    IReadOnlyList<TextRange> TitleMarks,
    IReadOnlyList<Place> Places,
    int? Year,
    DateOnly? Date,
    string Source,
    double Score,
    bool Exact,
    IReadOnlyList<Snippet> Snippets)
{
    /// <summary>The other printings of the same article (the same page held twice, a reprint), which are not hits of their own.</summary>
    public IReadOnlyList<ArticleCopy> AlsoIn { get; init; } = [];

    /// <summary>Where it was printed: paper, publication day, page, as far as known.</summary>
    public Provenance Provenance { get; init; } = Provenance.Unknown;
}

/// <summary>
/// A passage of a hit as one line of plain text ("…" where text was left out), where the query
/// matched in it, and the place it speaks of: the place of the roundup paragraph it is from, the
/// article's place when it has one, else none (a passage about several places together).
/// </summary>
public sealed record Snippet(string Text, IReadOnlyList<TextRange> Marks, Place? Place)
{
    /// <summary>Two passages are equal when they show the same text, marked the same, of the same place.</summary>
    public bool Equals(Snippet? other) =>
        other is not null && Text == other.Text && Place == other.Place && Marks.SequenceEqual(other.Marks);

    public override int GetHashCode() => HashCode.Combine(Text, Place, Marks.Count);
}

/// <summary>Another printing of an article: its id and the page it is on.</summary>
public sealed record ArticleCopy(string Id, string Source);

/// <summary>
/// Counts over all matches, each computed with every filter but its own (drill sideways): the place
/// facet a tree read by level (<see cref="PlaceFacet"/>), the year facet every year with a count or selected, newest first.
/// </summary>
public sealed record SearchFacets(PlaceFacet Place, IReadOnlyList<FacetValue<int>> Year);

/// <summary>A facet's value with its count: a struct, as a facet over China's places holds thousands.</summary>
public readonly record struct FacetValue<T>(T Value, int Count, bool Selected);
