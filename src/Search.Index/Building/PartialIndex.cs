using System.Runtime.InteropServices;
using Search.Analysis;
using Search.Analysis.Recall;
using Search.Index.Postings;

namespace Search.Index.Building;

/// <summary>
/// The postings of a range of docs, for every field and representation: what one indexing thread
/// builds. Docs must be added in increasing order. Not thread-safe. Words go through a hash table of
/// encoders; characters through an array indexed by UTF-16 unit, since there are few of them and one
/// is looked up per character of text; bigrams, as many as characters and far more varied, are
/// inverted by sorting (<see cref="SortingInverter"/>). Characters and bigrams are keyed by their
/// units packed into a number (<see cref="PackedUnits"/>) and get their string names only when merged.
/// </summary>
internal sealed class PartialIndex(WordAnalyzer words, int bigramRunCapacity = SortingInverter.DefaultRunCapacity)
{
    private readonly TermTable<string>[] _words = [new(withPositions: false, StringComparer.Ordinal), new(withPositions: false, StringComparer.Ordinal)];
    private readonly TermTable<ulong>[] _characters = [new(withPositions: false), new(withPositions: false)];
    private readonly SortingInverter[] _bigrams = [new(bigramRunCapacity), new(bigramRunCapacity)];

    /// <summary>The character tables' encoders indexed by UTF-16 unit, filled on first sight.</summary>
    private readonly PostingsEncoder?[][] _characterByUnit = [new PostingsEncoder?[char.MaxValue + 1], new PostingsEncoder?[char.MaxValue + 1]];

    /// <summary>Analyses the article as doc <paramref name="doc"/>, recording its field lengths (in words) in <paramref name="lengths"/>.</summary>
    public void Add(int doc, Corpus.Article article, int[][] lengths)
    {
        lengths[(int)Field.Title][doc] = AddField(doc, Field.Title, IndexedText.Title(article));
        lengths[(int)Field.Body][doc] = AddField(doc, Field.Body, IndexedText.Body(article));
    }

    /// <summary>The field's words, sorted by ordinal order, as one run; called once all docs are added.</summary>
    public PostingsRun<string> Words(Field field) => _words[(int)field].ToRun(StringComparer.Ordinal);

    /// <summary>The field's characters, sorted by ordinal order of their text, as one run.</summary>
    public PostingsRun<ulong> Characters(Field field) => _characters[(int)field].ToRun(Comparer<ulong>.Default);

    /// <summary>The field's bigrams, as runs in doc order, each sorted by ordinal order of the bigrams' text.</summary>
    public IReadOnlyList<PostingsRun<ulong>> Bigrams(Field field) => _bigrams[(int)field].Finish();

    private int AddField(int doc, Field field, string text)
    {
        var wordTable = _words[(int)field].Postings.GetAlternateLookup<ReadOnlySpan<char>>();
        var withPositions = _words[(int)field].WithPositions;
        var length = 0;
        words.Analyze(text, (term, _, _, position) =>
        {
            if (!wordTable.TryGetValue(term, out var encoder))
                wordTable[term] = encoder = new PostingsEncoder(withPositions);
            encoder.Add(doc, position);
            length++;
        });

        var characters = _characters[(int)field];
        var byUnit = _characterByUnit[(int)field];
        var bigrams = _bigrams[(int)field];
        var previous = 0ul;
        RecallAnalyzers.Characters.Analyze(text, (term, _, _, position) =>
        {
            var character = PackedUnits.Of(term);
            if (term.Length == 1)
                (byUnit[term[0]] ??= characters.Encoder(character)).Add(doc, position);
            else
                characters.Add(character, doc, position);
            if (position > 0)
                bigrams.Add(PackedUnits.Concat(previous, character), doc, position - 1);
            previous = character;
        });
        return length;
    }
}

/// <summary>The terms of one field and representation while building, each with its postings.</summary>
internal sealed class TermTable<TKey>(bool withPositions, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    public bool WithPositions => withPositions;

    public Dictionary<TKey, PostingsEncoder> Postings { get; } = new(comparer);

    public void Add(TKey term, int doc, int position) => Encoder(term).Add(doc, position);

    /// <summary>The term's postings, created empty on first sight.</summary>
    public PostingsEncoder Encoder(TKey term)
    {
        ref var encoder = ref CollectionsMarshal.GetValueRefOrAddDefault(Postings, term, out _);
        return encoder ??= new PostingsEncoder(withPositions);
    }

    /// <summary>Every term in <paramref name="order"/> with its postings; the table is empty afterwards.</summary>
    public PostingsRun<TKey> ToRun(IComparer<TKey> order)
    {
        var terms = Postings.Keys.ToArray();
        Array.Sort(terms, order);
        var run = new PostingsRun<TKey>();
        foreach (var term in terms)
            Postings[term].WriteTo(run, term);
        Postings.Clear();
        return run;
    }
}
