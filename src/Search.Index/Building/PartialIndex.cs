using System.Runtime.InteropServices;
using Search.Analysis;
using Search.Analysis.Recall;
using Search.Index.Postings;

namespace Search.Index.Building;

/// <summary>
/// The postings of a range of docs, for every field and representation: what one indexing thread
/// builds. Docs must be added in increasing order. Not thread-safe. Characters and bigrams are
/// keyed by their UTF-16 units packed into a number while building — hashing a number is much
/// cheaper than hashing a string, and there are two of them per character of text — and get their
/// string names only when merged.
/// </summary>
internal sealed class PartialIndex(WordAnalyzer words)
{
    private readonly TermTable<string>[] _words = [new(withPositions: false, StringComparer.Ordinal), new(withPositions: false, StringComparer.Ordinal)];
    private readonly TermTable<uint>[] _characters = [new(withPositions: false), new(withPositions: false)];
    private readonly TermTable<ulong>[] _bigrams = [new(withPositions: true), new(withPositions: true)];

    /// <summary>
    /// The character tables' encoders indexed by UTF-16 unit, filled on first sight: a character is
    /// looked up for every character of the text, and an array index costs far less than a hash.
    /// </summary>
    private readonly PostingsEncoder?[][] _characterByUnit = [new PostingsEncoder?[char.MaxValue + 1], new PostingsEncoder?[char.MaxValue + 1]];

    public TermTable<string> Words(Field field) => _words[(int)field];

    public TermTable<uint> Characters(Field field) => _characters[(int)field];

    public TermTable<ulong> Bigrams(Field field) => _bigrams[(int)field];

    /// <summary>Analyses the article as doc <paramref name="doc"/>, recording its field lengths (in words) in <paramref name="lengths"/>.</summary>
    public void Add(int doc, Corpus.Article article, int[][] lengths)
    {
        lengths[(int)Field.Title][doc] = AddField(doc, Field.Title, IndexedText.Title(article));
        lengths[(int)Field.Body][doc] = AddField(doc, Field.Body, IndexedText.Body(article));
    }

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
        var previous = 0u;
        CharacterTokenizer.Analyze(text, (term, _, _, position) =>
        {
            var character = CharacterKey.Of(term);
            if (term.Length == 1)
                (byUnit[character] ??= characters.Encoder(character)).Add(doc, position);
            else
                characters.Add(character, doc, position);
            if (position > 0)
                bigrams.Add(CharacterKey.Pair(previous, character), doc, position - 1);
            previous = character;
        });
        return length;
    }
}

/// <summary>A character token (one UTF-16 unit, or a surrogate pair) packed into a number, and pairs of them.</summary>
internal static class CharacterKey
{
    public static uint Of(ReadOnlySpan<char> character) => character.Length == 1 ? character[0] : character[0] | (uint)character[1] << 16;

    public static ulong Pair(uint first, uint second) => (ulong)first << 32 | second;

    public static string Name(uint key) => key >> 16 == 0 ? ((char)key).ToString() : string.Concat((char)key, (char)(key >> 16));

    public static string Name(ulong pair) => Name((uint)(pair >> 32)) + Name((uint)pair);
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
}
