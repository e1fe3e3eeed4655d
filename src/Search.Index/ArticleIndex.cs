using System.Collections.Concurrent;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using Search.Corpus;
using Search.Corpus.Figures;
using Search.Index.Overlap;
using Search.Places;

namespace Search.Index;

/// <summary>
/// One point-in-time view of the index, as every search sees it: Lucene's searcher over a reader,
/// with BM25, plus what the service reads besides matching — whole articles by doc, docs by id, the
/// corpus files and versions the view holds, the titles and word terms suggestions come from.
/// Made by <see cref="ArticleIndexFactory"/> for each reader a <see cref="ViewManager"/> opens.
/// </summary>
public sealed class ArticleIndex : IndexSearcher
{
    public ArticleIndex(IndexReader reader)
        : base(reader)
    {
        Similarity = Similarities.Bm25;
        Metadata = reader is DirectoryReader directory ? IndexMetadata.FromUserData(directory.IndexCommit.UserData) : null;
        var facts = reader.Leaves.Select(leaf => SegmentFacts.Of(leaf.AtomicReader)).ToList();
        var years = facts.Where(segment => segment.FirstYear <= segment.LastYear).ToList();
        (FirstYear, LastYear) = years.Count == 0 ? (1, 0) : (years.Min(segment => segment.FirstYear), years.Max(segment => segment.LastYear));
        LastOrder = facts.Select(segment => segment.LastOrder).DefaultIfEmpty(-1).Max();
    }

    private readonly ConcurrentDictionary<object, Lazy<object>> _kept = new();

    /// <summary>What <paramref name="slot"/> keeps for this view, made on first use (see <see cref="PerView{T}"/>).</summary>
    internal object Kept(object slot, Func<object> make) => _kept.GetOrAdd(slot, _ => new Lazy<object>(make)).Value;

    private static readonly PerView<IReadOnlyList<Place>> PlacesOfView = new(view =>
        [.. view.IndexReader.Leaves.SelectMany(leaf => SegmentFacts.Of(leaf.AtomicReader).Places.All).Distinct().Order().Select(ordinal => Gazetteer.All[ordinal])]);

    private static readonly PerView<IReadOnlyList<string>> PlaceNamesOfView = new(view =>
        [.. view.Places.SelectMany(place => Gazetteer.Ancestors(place).Prepend(place)).Distinct().SelectMany(Gazetteer.NamesOf).Distinct()]);

    private static readonly PerView<IReadOnlyList<string>> PapersOfView = new(view =>
    {
        var live = MultiFields.GetLiveDocs(view.IndexReader);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var doc = 0; doc < view.IndexReader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc))
                continue;
            var visitor = new DocumentStoredFieldVisitor(ArticleFields.Paper);
            view.Doc(doc, visitor);
            if (visitor.Document.Get(ArticleFields.Paper) is { } paper)
                counts[paper] = counts.GetValueOrDefault(paper) + 1;
        }
        return [.. counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key)];
    });

    private static readonly PerView<ArticleCopies> CopiesOfView = new(view => ArticleCopies.Of(view.IndexReader));

    /// <summary>The places the view holds articles of (their governments' reports), by code; worked out on first use.</summary>
    public IReadOnlyList<Place> Places => PlacesOfView.Of(this);

    /// <summary>Every name of those places and of the places above them (崂山区, 崂山, 青岛市, 青岛 …): what suggestions and initials offer.</summary>
    public IReadOnlyList<string> PlaceNames => PlaceNamesOfView.Of(this);

    /// <summary>
    /// The papers the view's articles were printed in, as their pages name them, most articles first
    /// (what the home page says the corpus holds); worked out on first use, one stored field a doc.
    /// </summary>
    public IReadOnlyList<string> Papers => PapersOfView.Of(this);

    /// <summary>Which articles are the same article printed more than once; worked out on first use.</summary>
    public ArticleCopies Copies => CopiesOfView.Of(this);

    /// <summary>What the commit says it was built from; null for an index that is not ours.</summary>
    public IndexMetadata? Metadata { get; }

    /// <summary>Live articles.</summary>
    public int Count => IndexReader.NumDocs;

    /// <summary>The earliest and latest known report years; an empty range (1, 0) when none is known.</summary>
    public int FirstYear { get; }

    public int LastYear { get; }

    /// <summary>The highest arrival order given so far (<see cref="ArticleFields.Order"/>); -1 for an empty index.</summary>
    public int LastOrder { get; }

    /// <summary>The whole article, from its stored fields.</summary>
    public Article Article(int doc) => ArticleDocument.Read(Doc(doc));

    /// <summary>Every live article, in doc order: for tools and checks that read the whole index.</summary>
    public IEnumerable<Article> Articles()
    {
        var live = MultiFields.GetLiveDocs(IndexReader);
        for (var doc = 0; doc < IndexReader.MaxDoc; doc++)
        {
            if (live is null || live.Get(doc))
                yield return Article(doc);
        }
    }

    /// <summary>The id of a live doc, its one stored field read alone.</summary>
    public string IdOf(int doc)
    {
        var visitor = new DocumentStoredFieldVisitor(ArticleFields.Id);
        Doc(doc, visitor);
        return visitor.Document.Get(ArticleFields.Id);
    }

    /// <summary>The live doc holding the article with this id, if any.</summary>
    public int? DocOf(string id)
    {
        var term = new Term(ArticleFields.Id, id);
        foreach (var leaf in IndexReader.Leaves)
        {
            var docs = leaf.AtomicReader.GetTermDocsEnum(term);
            if (docs is not null && docs.NextDoc() is var doc && doc != DocIdSetIterator.NO_MORE_DOCS)
                return leaf.DocBase + doc;
        }
        return null;
    }

    /// <summary>The corpus file a live doc was read from.</summary>
    public string FileOf(int doc)
    {
        var leaf = LeafOf(doc);
        var bytes = new BytesRef();
        leaf.AtomicReader.GetSortedDocValues(ArticleFields.File)?.Get(doc - leaf.DocBase, bytes);
        return bytes.Utf8ToString();
    }

    /// <summary>Each corpus file the view holds articles of: the content hash they were read at, and how many.</summary>
    public IReadOnlyDictionary<string, FileVersion> FileVersions()
    {
        var versions = new Dictionary<string, FileVersion>(StringComparer.Ordinal);
        var bytes = new BytesRef();
        foreach (var leaf in IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            if (reader.GetSortedDocValues(ArticleFields.File) is not { } files || reader.GetSortedDocValues(ArticleFields.FileHash) is not { } hashes)
                continue;
            var live = reader.LiveDocs;
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                    continue;
                files.Get(doc, bytes);
                var file = bytes.Utf8ToString();
                hashes.Get(doc, bytes);
                versions[file] = new FileVersion(bytes.Utf8ToString(), versions.GetValueOrDefault(file)?.Articles + 1 ?? 1);
            }
        }
        return versions;
    }

    /// <summary>The version of one corpus file the view holds: its live articles and the hash they were read at; null when it holds none.</summary>
    public FileVersion? FileVersionOf(string file)
    {
        var term = new Term(ArticleFields.File, file);
        var (articles, hash) = (0, (string?)null);
        var bytes = new BytesRef();
        foreach (var leaf in IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            if (reader.GetTermDocsEnum(term) is not { } docs || reader.GetSortedDocValues(ArticleFields.FileHash) is not { } hashes)
                continue;
            // The term's docs skip deleted ones (the reader's live docs).
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                articles++;
                if (hash is null)
                {
                    hashes.Get(doc, bytes);
                    hash = bytes.Utf8ToString();
                }
            }
        }
        return articles == 0 ? null : new FileVersion(hash!, articles);
    }

    /// <summary>The key figures of one live doc, in text order; each with its sentence when <paramref name="sentences"/> (a read of its body).</summary>
    public IReadOnlyList<KeyFigure> FiguresOf(int doc, bool sentences = true)
    {
        var leaf = LeafOf(doc);
        var figures = FigureValues.Of(leaf.AtomicReader)[doc - leaf.DocBase];
        return sentences ? WithSentences(figures, doc) : figures;
    }

    /// <summary>
    /// Every live article's key figures that <paramref name="keep"/> keeps, with the article's title,
    /// in arrival order, an article printed twice once; each with its sentence when <paramref name="sentences"/>. The figures are
    /// filtered before any article is read: only the articles of kept figures are read, once each,
    /// for the sentences, and none without them.
    /// </summary>
    public IEnumerable<(KeyFigure Figure, string Title)> Figures(Func<KeyFigure, bool> keep, bool sentences = true)
    {
        var found = new List<(int Order, int Doc, IReadOnlyList<KeyFigure> Figures)>();
        foreach (var leaf in IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var figures = FigureValues.Of(reader);
            var orders = SegmentFacts.Of(reader).Orders;
            var live = reader.LiveDocs;
            for (var doc = 0; doc < figures.Length; doc++)
            {
                if (figures[doc].Count == 0 || (live is not null && !live.Get(doc)) || Copies.IsRepeat(leaf.DocBase + doc))
                    continue;
                var kept = figures[doc].Where(keep).ToList();
                if (kept.Count > 0)
                    found.Add((orders[doc], leaf.DocBase + doc, kept));
            }
        }
        foreach (var (_, doc, figures) in found.OrderBy(entry => entry.Order))
        {
            var title = TitleOf(doc);
            foreach (var figure in sentences ? WithSentences(figures, doc) : figures)
                yield return (figure, title);
        }
    }

    /// <summary>The figures with their sentences, cut from the doc's stored body (the index keeps only where they stand).</summary>
    private List<KeyFigure> WithSentences(IReadOnlyList<KeyFigure> figures, int doc)
    {
        if (figures.Count == 0)
            return [];
        var visitor = new DocumentStoredFieldVisitor(ArticleFields.Body);
        Doc(doc, visitor);
        var body = ArticleDocument.Body(visitor.Document);
        return [.. figures.Select(figure => figure with { SentenceText = Cut(body, figure.Sentence) })];
    }

    /// <summary>The segment holding a doc of the whole view.</summary>
    private AtomicReaderContext LeafOf(int doc) => IndexReader.Leaves[ReaderUtil.SubIndex(doc, IndexReader.Leaves)];

    private static string Cut(string body, TextSpan span) =>
        span.Start >= 0 && span.End <= body.Length && span.Start <= span.End ? span.Of(body) : "";

    /// <summary>The title of a live doc, from its doc value (no stored fields read).</summary>
    public string TitleOf(int doc)
    {
        var leaf = LeafOf(doc);
        var bytes = new BytesRef();
        leaf.AtomicReader.GetBinaryDocValues(ArticleFields.Title)?.Get(doc - leaf.DocBase, bytes);
        return bytes.Utf8ToString();
    }

    /// <summary>Every live article's title.</summary>
    public IEnumerable<string> Titles()
    {
        var bytes = new BytesRef();
        foreach (var leaf in IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            if (reader.GetBinaryDocValues(ArticleFields.Title) is not { } titles)
                continue;
            var live = reader.LiveDocs;
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (live is null || live.Get(doc))
                {
                    titles.Get(doc, bytes);
                    yield return bytes.Utf8ToString();
                }
            }
        }
    }

    /// <summary>
    /// The terms of a field that start with <paramref name="prefix"/>, in term order, with their
    /// document frequency (deleted docs count until merged away), at most <paramref name="limit"/>.
    /// </summary>
    public IEnumerable<(string Term, int DocumentFrequency)> TermsStartingWith(string field, string prefix, int limit) =>
        TermsStartingWithAny(field, [prefix], limit);

    /// <summary>
    /// The terms of <paramref name="field"/> starting with any of <paramref name="prefixes"/>, at most
    /// <paramref name="limit"/> of them, by one enumerator seeking to each prefix in turn (in
    /// ordinal order the seeks only move forward).
    /// </summary>
    public IEnumerable<(string Term, int DocumentFrequency)> TermsStartingWithAny(string field, IEnumerable<string> prefixes, int limit)
    {
        var terms = MultiFields.GetTerms(IndexReader, field);
        if (terms is null)
            yield break;
        var iterator = terms.GetEnumerator();
        var walked = 0;
        foreach (var prefix in prefixes)
        {
            var start = new BytesRef(prefix);
            if (iterator.SeekCeil(start) == TermsEnum.SeekStatus.END)
                continue;
            do
            {
                if (!StringHelper.StartsWith(iterator.Term, start))
                    break;
                if (walked++ == limit)
                    yield break;
                yield return (iterator.Term.Utf8ToString(), iterator.DocFreq);
            }
            while (iterator.MoveNext());
        }
    }
}

/// <summary>What the index holds of one corpus file: the content hash its articles were read at, and how many there are.</summary>
public sealed record FileVersion(string Hash, int Articles);

/// <summary>Makes an <see cref="ArticleIndex"/> for each reader a <see cref="ViewManager"/> opens.</summary>
public sealed class ArticleIndexFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) => new ArticleIndex(reader);
}

/// <summary>The scoring the index is written and searched with.</summary>
public static class Similarities
{
    /// <summary>Okapi BM25 with Lucene's defaults (k1 = 1.2, b = 0.75).</summary>
    public static Similarity Bm25 { get; } = new BM25Similarity();
}
