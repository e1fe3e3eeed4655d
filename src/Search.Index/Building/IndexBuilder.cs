using Search.Analysis;
using Search.Corpus;

namespace Search.Index.Building;

/// <summary>
/// Turns articles into an index in memory. <see cref="Add"/> gives each article a dense doc id in
/// arrival order (an id seen before is skipped with a warning); <see cref="Build"/> then analyses the
/// docs on several threads, each taking a contiguous range of doc ids, and concatenates their
/// postings term by term, which keeps every term's docs in increasing order.
/// </summary>
public sealed class IndexBuilder(WordAnalyzer words, Action<CorpusWarning>? warn = null, int threads = 1)
{
    private readonly List<Article> _articles = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public int Count => _articles.Count;

    public void Add(Article article)
    {
        if (!_ids.Add(article.Id))
        {
            warn?.Invoke(new CorpusWarning(article.Source, $"article id {article.Id} appears twice; the later one is skipped"));
            return;
        }
        _articles.Add(article);
    }

    public BuiltIndex Build()
    {
        var count = _articles.Count;
        var lengths = new[] { new int[count], new int[count] };
        var parts = Math.Clamp(threads, 1, Math.Max(1, count / MinimumDocsPerThread));
        var ranges = new PartialIndex[parts];
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
        {
            var range = new PartialIndex(words);
            for (var doc = part * count / parts; doc < (part + 1) * count / parts; doc++)
                range.Add(doc, _articles[doc], lengths);
            ranges[part] = range;
        });

        var terms = new List<BuiltTerms>();
        foreach (var field in Enum.GetValues<Field>())
        {
            terms.Add(PostingsMerger.Merge(field, Representation.Words, [.. ranges.Select(range => range.Words(field))], StringComparer.Ordinal, word => word));
            terms.Add(PostingsMerger.Merge(field, Representation.Characters, [.. ranges.Select(range => range.Characters(field))], Comparer<ulong>.Default, PackedUnits.Name));
            terms.Add(PostingsMerger.Merge(field, Representation.Bigrams, [.. ranges.SelectMany(range => range.Bigrams(field))], Comparer<ulong>.Default, PackedUnits.Name));
        }
        return new BuiltIndex([.. _articles], lengths, terms);
    }

    /// <summary>Below this, a thread costs more to start than it saves.</summary>
    private const int MinimumDocsPerThread = 64;
}

/// <summary>One term: its document frequency and where its postings lie: segment number, offset, length.</summary>
public sealed record EncodedTerm(string Term, int DocumentFrequency, int Segment, int Offset, int Length);

/// <summary>All terms of one field in one representation, with the segments holding their postings.</summary>
public sealed record BuiltTerms(Field Field, Representation Representation, IReadOnlyList<EncodedTerm> Terms, IReadOnlyList<byte[]> Segments)
{
    /// <summary>Well under SQLite's 1 GB limit on a value, large enough that segments are few.</summary>
    public const int MaxSegmentBytes = 256 * 1024 * 1024;
}

/// <summary>An index built in memory, ready to be written: articles by doc id, field lengths in words, terms.</summary>
public sealed record BuiltIndex(IReadOnlyList<Article> Articles, IReadOnlyList<int[]> FieldLengths, IReadOnlyList<BuiltTerms> Terms);
