using Search.Analysis;
using Search.Analysis.Recall;
using Search.Corpus;
using Search.Index.Postings;

namespace Search.Index.Building;

/// <summary>
/// Accumulates articles into postings for every field and representation, in memory, doc by doc.
/// Doc ids are dense, in the order articles arrive. An article whose id was already seen is skipped
/// with a warning. Not thread-safe: one builder per build.
/// </summary>
public sealed class IndexBuilder(WordAnalyzer words, Action<CorpusWarning>? warn = null)
{
    private readonly TermTable[,] _terms = CreateTables();
    private readonly List<Article> _articles = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly List<int>[] _lengths = [[], []];
    private readonly char[] _pair = new char[4];

    public int Count => _articles.Count;

    public void Add(Article article)
    {
        if (!_ids.Add(article.Id))
        {
            warn?.Invoke(new CorpusWarning(article.Source, $"article id {article.Id} appears twice; the later one is skipped"));
            return;
        }
        var doc = _articles.Count;
        _articles.Add(article);
        AddField(doc, Field.Title, IndexedText.Title(article));
        AddField(doc, Field.Body, IndexedText.Body(article));
    }

    private void AddField(int doc, Field field, string text)
    {
        var wordTable = _terms[(int)field, (int)Representation.Words];
        var length = 0;
        words.Analyze(text, (term, _, _, position) =>
        {
            wordTable.Add(term, doc, position);
            length++;
        });
        _lengths[(int)field].Add(length);

        var characters = _terms[(int)field, (int)Representation.Characters];
        var bigrams = _terms[(int)field, (int)Representation.Bigrams];
        var previousLength = 0;
        CharacterTokenizer.Analyze(text, (term, _, _, position) =>
        {
            characters.Add(term, doc, position);
            if (previousLength > 0)
            {
                term.CopyTo(_pair.AsSpan(previousLength));
                bigrams.Add(_pair.AsSpan(0, previousLength + term.Length), doc, position - 1);
            }
            term.CopyTo(_pair);
            previousLength = term.Length;
        });
    }

    public BuiltIndex Build() => new(
        [.. _articles],
        [[.. _lengths[0]], [.. _lengths[1]]],
        Enum.GetValues<Field>().SelectMany(field => Enum.GetValues<Representation>().Select(representation =>
            _terms[(int)field, (int)representation].Encode(field, representation))).ToList());

    private static TermTable[,] CreateTables()
    {
        var tables = new TermTable[2, 3];
        foreach (var field in Enum.GetValues<Field>())
        {
            foreach (var representation in Enum.GetValues<Representation>())
                tables[(int)field, (int)representation] = new TermTable(representation.HasPositions());
        }
        return tables;
    }

    /// <summary>The terms of one field and representation, looked up by span so that only new terms allocate.</summary>
    private sealed class TermTable(bool withPositions)
    {
        private readonly Dictionary<string, PostingsEncoder> _postings = new(StringComparer.Ordinal);

        public void Add(ReadOnlySpan<char> term, int doc, int position)
        {
            var lookup = _postings.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(term, out var encoder))
            {
                encoder = new PostingsEncoder(withPositions);
                _postings.Add(term.ToString(), encoder);
            }
            encoder.Add(doc, position);
        }

        /// <summary>
        /// Concatenates the terms' postings into segments of at most <see cref="BuiltTerms.MaxSegmentBytes"/>,
        /// each term pointing at its slice: a few large arrays load faster and weigh less than one per term.
        /// </summary>
        public BuiltTerms Encode(Field field, Representation representation)
        {
            var terms = new List<EncodedTerm>(_postings.Count);
            var segments = new List<byte[]>();
            var segment = new MemoryStream();
            foreach (var (term, encoder) in _postings.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                var bytes = encoder.ToArray();
                if (segment.Length > 0 && segment.Length + bytes.Length > BuiltTerms.MaxSegmentBytes)
                {
                    segments.Add(segment.ToArray());
                    segment = new MemoryStream();
                }
                terms.Add(new EncodedTerm(term, encoder.DocumentFrequency, segments.Count, (int)segment.Length, bytes.Length));
                segment.Write(bytes);
            }
            segments.Add(segment.ToArray());
            _postings.Clear();
            return new BuiltTerms(field, representation, terms, segments);
        }
    }
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
