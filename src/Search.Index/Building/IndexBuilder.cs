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
            new BuiltTerms(field, representation, _terms[(int)field, (int)representation].Encode()))).ToList());

    private static TermTable[,] CreateTables()
    {
        var tables = new TermTable[2, 3];
        foreach (var field in Enum.GetValues<Field>())
        {
            foreach (var representation in Enum.GetValues<Representation>())
                tables[(int)field, (int)representation] = new TermTable(withPositions: representation == Representation.Bigrams);
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

        public IReadOnlyList<EncodedTerm> Encode() =>
            _postings.OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => new EncodedTerm(pair.Key, pair.Value.DocumentFrequency, pair.Value.ToArray()))
                .ToList();
    }
}

/// <summary>One term's encoded postings.</summary>
public sealed record EncodedTerm(string Term, int DocumentFrequency, byte[] Postings);

/// <summary>All terms of one field in one representation.</summary>
public sealed record BuiltTerms(Field Field, Representation Representation, IReadOnlyList<EncodedTerm> Terms);

/// <summary>An index built in memory, ready to be written: articles by doc id, field lengths in words, terms.</summary>
public sealed record BuiltIndex(IReadOnlyList<Article> Articles, IReadOnlyList<int[]> FieldLengths, IReadOnlyList<BuiltTerms> Terms);
