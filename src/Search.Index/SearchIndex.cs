using Search.Corpus;
using Search.Corpus.Metadata;
using Search.Index.Storage;

namespace Search.Index;

/// <summary>
/// An immutable in-memory index: the articles by dense doc id, per-doc arrays for facets and
/// ranking (district bits, year, date, field lengths), and one term dictionary per field and
/// representation mapping a term to its compressed postings. Safe to share between threads; a new
/// build produces a new instance, swapped in whole.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private readonly ArticleSummary[] _articles;
    private readonly ArticleStore _store;
    private int _users;
    private volatile bool _retired;
    private readonly Dictionary<string, int> _docById;
    private readonly int[][] _fieldLengths;
    private readonly Dictionary<string, TermEntry>[,] _terms;
    private readonly Dictionary<string, TermEntry>.AlternateLookup<ReadOnlySpan<char>>[,] _lookups;

    /// <param name="readers">How many searches may read article bodies at once.</param>
    public SearchIndex(StoredIndex stored, int readers = 8)
    {
        Metadata = stored.Metadata;
        _articles = [.. stored.Articles];
        _store = new ArticleStore(stored.Path, readers);
        _docById = new Dictionary<string, int>(_articles.Length, StringComparer.Ordinal);
        DistrictMasks = new ushort[_articles.Length];
        Years = new short[_articles.Length];
        Dates = new int[_articles.Length];
        for (var doc = 0; doc < _articles.Length; doc++)
        {
            var article = _articles[doc];
            _docById[article.Id] = doc;
            DistrictMasks[doc] = DistrictMask(article.Districts);
            Years[doc] = (short)(article.Year ?? 0);
            Dates[doc] = article.Date?.DayNumber ?? -1;
        }

        var known = Years.Where(year => year != 0).ToList();
        (FirstYear, LastYear) = known.Count == 0 ? (1, 0) : (known.Min(), known.Max());

        _fieldLengths = stored.FieldLengths;
        AverageFieldLengths = _fieldLengths.Select(lengths => lengths.Length == 0 ? 0.0 : lengths.Average()).ToArray();

        _terms = new Dictionary<string, TermEntry>[2, 3];
        _lookups = new Dictionary<string, TermEntry>.AlternateLookup<ReadOnlySpan<char>>[2, 3];
        foreach (var field in Enum.GetValues<Field>())
        {
            foreach (var representation in Enum.GetValues<Representation>())
            {
                var terms = new Dictionary<string, TermEntry>(StringComparer.Ordinal);
                _terms[(int)field, (int)representation] = terms;
                _lookups[(int)field, (int)representation] = terms.GetAlternateLookup<ReadOnlySpan<char>>();
            }
        }
        foreach (var term in stored.Terms)
        {
            var segment = stored.Segments[(term.Field, term.Representation, term.Segment)];
            _terms[(int)term.Field, (int)term.Representation][term.Term] = new TermEntry(term.DocumentFrequency, segment, term.Offset, term.Length, term.Representation.HasPositions());
        }
    }

    public IndexMetadata Metadata { get; }

    public int Count => _articles.Length;

    /// <summary>Bit <c>i</c> set when the article reports on <c>Districts.All[i]</c>.</summary>
    internal ushort[] DistrictMasks { get; }

    /// <summary>The report year, 0 when unknown.</summary>
    internal short[] Years { get; }

    /// <summary>The date as <see cref="DateOnly.DayNumber"/>, -1 when unknown.</summary>
    internal int[] Dates { get; }

    /// <summary>The earliest and latest known report years; an empty range (1, 0) when none is known.</summary>
    internal int FirstYear { get; }

    internal int LastYear { get; }

    internal double[] AverageFieldLengths { get; }

    /// <summary>What ranking, facets and a hit list need, from memory.</summary>
    public ArticleSummary Summary(int doc) => _articles[doc];

    /// <summary>The whole article, read from the index file.</summary>
    public Article Article(int doc) => _store.Read(doc);

    /// <summary>A search starts using the index: its file stays open until the matching <see cref="Exit"/>.</summary>
    public void Enter() => Interlocked.Increment(ref _users);

    public void Exit()
    {
        if (Interlocked.Decrement(ref _users) == 0 && _retired)
            _store.Dispose();
    }

    /// <summary>Retires the index: its file connections close once no search holds it (<see cref="Enter"/>).</summary>
    public void Dispose()
    {
        _retired = true;
        if (Volatile.Read(ref _users) == 0)
            _store.Dispose();
    }

    public int? DocOf(string id) => _docById.TryGetValue(id, out var doc) ? doc : null;

    internal int FieldLength(Field field, int doc) => _fieldLengths[(int)field][doc];

    internal TermEntry? Term(Field field, Representation representation, ReadOnlySpan<char> term) =>
        _lookups[(int)field, (int)representation].TryGetValue(term, out var entry) ? entry : null;

    /// <summary>Every term of a dictionary with its document frequency (for suggestions).</summary>
    internal IEnumerable<(string Term, int DocumentFrequency)> Terms(Field field, Representation representation) =>
        _terms[(int)field, (int)representation].Select(pair => (pair.Key, pair.Value.DocumentFrequency));

    public static ushort DistrictMask(IEnumerable<string> districts)
    {
        ushort mask = 0;
        foreach (var district in districts)
        {
            var bit = Districts.IndexOf(district);
            if (bit >= 0)
                mask |= (ushort)(1 << bit);
        }
        return mask;
    }

    /// <summary>A term's document frequency and where its encoded postings lie in a shared segment.</summary>
    internal sealed record TermEntry(int DocumentFrequency, byte[] Segment, int Offset, int Length, bool HasPositions)
    {
        public Postings.PostingsCursor Cursor() => new(Segment, Offset, Length, HasPositions);
    }
}
