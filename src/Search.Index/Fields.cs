using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Search.Analysis;

namespace Search.Index;

/// <summary>The searchable parts of an article.</summary>
public enum ArticlePart : byte
{
    /// <summary>The title alone: title-only terms, and the title's extra weight in ranking.</summary>
    Title,

    /// <summary>
    /// The whole article: the title, then the deck line, body paragraphs and photo captions
    /// (<see cref="IndexedText.Body"/>), as two values that no phrase can span. What a term must match.
    /// </summary>
    All,
}

/// <summary>How a field's text is turned into terms; each is a Lucene field of its own.</summary>
public enum Representation : byte
{
    /// <summary>SmartCn words with the user dictionary and numbers as typed: ranking. Docs and frequencies.</summary>
    Words,

    /// <summary>Single characters, folded: one-character queries. Docs and frequencies.</summary>
    Characters,

    /// <summary>Overlapping pairs of characters, with positions: any string of two or more characters as a phrase.</summary>
    Bigrams,
}

/// <summary>
/// The Lucene fields of an article document. Each searchable <see cref="ArticlePart"/> is indexed three
/// times, once per <see cref="Representation"/> (<c>title.words</c>, <c>all.bigrams</c>, …), none of
/// them stored; the article itself is in stored fields named after its properties, and what every
/// search needs per doc (districts, year, date) is in doc values. Matching runs on the <c>all.*</c>
/// fields alone — one phrase and one term per word, not one per part — and the <c>title.*</c>
/// fields only add the title's weight where an article matched.
/// </summary>
public static class ArticleFields
{
    /// <summary>Stored and indexed as one term: lookups by id.</summary>
    public const string Id = "id";

    /// <summary>The corpus file (relative path) the article was read from: indexed as one term, so an update replaces a file's articles, and a sorted doc value.</summary>
    public const string File = "file";

    /// <summary>The hash of that file's content when it was read (<see cref="Corpus.CorpusFolder.Hash"/>): a sorted doc value.</summary>
    public const string FileHash = "file.hash";

    /// <summary>Stored, and a binary doc value for suggestions, which read every title.</summary>
    public const string Title = "title";

    public const string Subtitle = "subtitle";

    /// <summary>Stored as UTF-16 bytes (see <see cref="ArticleDocument"/>).</summary>
    public const string Body = "body";
    public const string Byline = "byline";
    public const string Caption = "caption";
    public const string Source = "source";

    /// <summary>Where it was printed (<see cref="Corpus.Provenance"/>): stored only, each when known.</summary>
    public const string Paper = "paper";
    public const string Published = "published";
    public const string Edition = "edition";

    /// <summary>
    /// The codes of the governments whose report the article covers (<see cref="Corpus.Article.Places"/>):
    /// stored, and a sorted-set doc value (copies and coverage compare them).
    /// </summary>
    public const string Place = "place";

    /// <summary>A sorted-set doc value: the codes of the article's places and of every place above them, what a place filter and its counts read (山东省 holds 崂山区's articles).</summary>
    public const string PlaceWithin = "place.within";

    /// <summary>Stored: which place each stretch of a roundup's body speaks of, as <c>start:end:code</c> joined by <c>;</c>.</summary>
    public const string Sections = "sections";

    /// <summary>Stored, and a sorted-set doc value for facets.</summary>
    public const string Year = "year";

    /// <summary>The article's key figures, each a value of a sorted-set doc value (<see cref="FigureValues"/>).</summary>
    public const string Figures = "figures";

    /// <summary>Stored as yyyy-MM-dd, and a numeric doc value (<see cref="DateOnly.DayNumber"/>) for sorting.</summary>
    public const string Date = "date";

    /// <summary>
    /// A numeric doc value: the order articles arrived in (corpus order in a full build; an update
    /// numbers its articles after every one before). Ranking's last tie-break, stable where doc ids
    /// are not: threads interleave docs while building, and merges move segments.
    /// </summary>
    public const string Order = "order";

    /// <summary>
    /// The values of the article's <see cref="Overlap.TextSketch"/>, each indexed as a term (docs only):
    /// the articles repeating part of one are those holding its rarer values.
    /// </summary>
    public const string Sketch = "sketch";

    /// <summary>A numeric doc value: how many values the article's sketch has.</summary>
    public const string SketchSize = "sketch.size";

    /// <summary>A numeric doc value: the body's <see cref="Overlap.TextSketch.WordingHash"/>, equal for copies of one article.</summary>
    public const string Wording = "wording";

    /// <summary>
    /// The whole article's phrases: adjacent words (<see cref="Search.Analysis.Terms.WordPhrases"/>), docs and
    /// frequencies, no norms. Not searched: what the reports' terms are counted from, beside <c>all.words</c>.
    /// </summary>
    public const string Phrases = "all.phrases";

    /// <summary>A numeric doc value: how long the indexed text is (title and <see cref="IndexedText.Body"/>, in UTF-16 units), what mentions per 10,000 characters divide by.</summary>
    public const string Length = "length";

    /// <summary>The type of <see cref="Phrases"/>.</summary>
    public static FieldType PhraseType { get; } = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        IsStored = false,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_AND_FREQS,
    });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    public static string Name(ArticlePart part, Representation representation) =>
        (part == ArticlePart.Title ? "title" : "all") + representation switch
        {
            Representation.Words => ".words",
            Representation.Characters => ".chars",
            _ => ".bigrams",
        };

    /// <summary>Indexed, not stored, with norms (BM25 needs field lengths); positions only for bigrams, which phrases need.</summary>
    public static FieldType Type(Representation representation) => Types[(int)representation];

    private static readonly FieldType[] Types = [.. Enum.GetValues<Representation>().Select(representation => Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        IsStored = false,
        IndexOptions = representation == Representation.Bigrams ? IndexOptions.DOCS_AND_FREQS_AND_POSITIONS : IndexOptions.DOCS_AND_FREQS,
    }))];

    /// <summary>The index's analyzer: each field's text through the chain of its representation.</summary>
    public static Analyzer Analyzer(WordAnalyzer words) => new PerFieldAnalyzerWrapper(words,
        Enum.GetValues<ArticlePart>().SelectMany(part => new[]
        {
            KeyValuePair.Create(Name(part, Representation.Characters), words.Recall.Characters),
            KeyValuePair.Create(Name(part, Representation.Bigrams), words.Recall.Bigrams),
        }).ToDictionary());
}

/// <summary>What of an article each field indexes, so that indexing, highlighting and display agree.</summary>
public static class IndexedText
{
    public static string Title(Corpus.Article article) => article.Title;

    public static string Body(Corpus.Article article) =>
        string.Join('\n', new[] { article.Subtitle }.Concat([article.Body]).Concat(article.Captions).Where(part => !string.IsNullOrEmpty(part)));

    /// <summary>Where the article's own body starts in <see cref="Body"/>: after the deck, when there is one.</summary>
    public static int BodyStart(Corpus.Article article) => string.IsNullOrEmpty(article.Subtitle) ? 0 : article.Subtitle.Length + 1;
}
