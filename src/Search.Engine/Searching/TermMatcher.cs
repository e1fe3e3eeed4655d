using Search.Analysis;
using Search.Analysis.Recall;
using Search.Index;
using Search.Index.Postings;

namespace Search.Engine.Searching;

/// <summary>
/// Finds where one query term occurs. <see cref="ExactOccurrences"/> finds the term's exact text —
/// as the phrase of its character bigrams, or its single character — so an article containing what
/// was typed is found whatever SmartCn did with either. <see cref="Words"/> are its SmartCn words,
/// which rank and also match articles that contain them apart.
/// </summary>
internal sealed class TermMatcher
{
    private readonly SearchIndex _index;
    private readonly string[] _characters;

    public TermMatcher(SearchIndex index, string text, WordAnalyzer analyzer)
    {
        _index = index;
        var characters = new List<string>();
        CharacterTokenizer.Analyze(text, (term, _, _, _) => characters.Add(term.ToString()));
        _characters = [.. characters];
        Words = analyzer.Tokenize(text).Select(token => token.Term).Distinct(StringComparer.Ordinal).ToArray();
    }

    public IReadOnlyList<string> Words { get; }

    /// <summary>The term as the recall representation folds it (full-width folded, lower-cased, no spaces).</summary>
    public string Normalized => string.Concat(_characters);

    /// <summary>Each doc whose field contains the exact text, with how many times.</summary>
    public IEnumerable<(int Doc, int Count)> ExactOccurrences(Field field) =>
        _characters.Length switch
        {
            0 => [],
            1 => Unigram(field),
            _ => Phrase(field),
        };

    private IEnumerable<(int Doc, int Count)> Unigram(Field field)
    {
        if (_index.Term(field, Representation.Characters, _characters[0]) is not { } entry)
            yield break;
        var cursor = entry.Cursor(withPositions: false);
        while (cursor.Next() != PostingsCursor.Exhausted)
            yield return (cursor.Doc, cursor.Frequency);
    }

    /// <summary>
    /// Docs where the bigrams c0c1, c1c2, … stand at consecutive positions. Only a covering subset is
    /// checked — the bigrams at offsets 0, 2, 4, … and the last — since together they pin every
    /// character. The rarest leads; the others are advanced to its docs, and positions are
    /// intersected (offset-adjusted, by a linear merge) only where all of them agree.
    /// </summary>
    private IEnumerable<(int Doc, int Count)> Phrase(Field field)
    {
        var offsets = CoveringOffsets(_characters.Length - 1);
        var count = offsets.Length;
        var cursors = new PostingsCursor[count];
        var frequencies = new int[count];
        for (var i = 0; i < count; i++)
        {
            var o = offsets[i];
            if (_index.Term(field, Representation.Bigrams, _characters[o] + _characters[o + 1]) is not { } entry)
                yield break;
            cursors[i] = entry.Cursor(withPositions: true);
            frequencies[i] = entry.DocumentFrequency;
        }
        var leader = Array.IndexOf(frequencies, frequencies.Min());
        if (count == 1)
        {
            // One bigram is the whole phrase: its frequency is the count, no position to compare.
            while (cursors[0].Next() is var single && single != PostingsCursor.Exhausted)
                yield return (single, cursors[0].Frequency);
            yield break;
        }

        var candidates = new List<int>();
        while (cursors[leader].Next() is var doc && doc != PostingsCursor.Exhausted)
        {
            var all = true;
            for (var i = 0; i < count && all; i++)
                all = i == leader || cursors[i].Advance(doc) == doc;
            if (!all)
                continue;

            candidates.Clear();
            for (var k = 0; k < cursors[0].Frequency; k++)
                candidates.Add(cursors[0].NextPosition());
            for (var i = 1; i < count && candidates.Count > 0; i++)
                Intersect(candidates, ref cursors[i], offsets[i]);
            if (candidates.Count > 0)
                yield return (doc, candidates.Count);
        }
    }

    /// <summary>0, 2, 4, … and the last bigram: each character of the phrase lies in one of them.</summary>
    private static int[] CoveringOffsets(int bigrams)
    {
        var offsets = Enumerable.Range(0, (bigrams + 1) / 2).Select(i => i * 2).ToList();
        if (offsets[^1] != bigrams - 1)
            offsets.Add(bigrams - 1);
        return [.. offsets];
    }

    /// <summary>Keeps the phrase starts p for which the cursor's bigram stands at p + offset.</summary>
    private static void Intersect(List<int> starts, ref PostingsCursor cursor, int offset)
    {
        var kept = 0;
        var read = 0;
        var position = int.MinValue;
        for (var k = 0; k < cursor.Frequency && read < starts.Count; k++)
        {
            position = cursor.NextPosition() - offset;
            while (read < starts.Count && starts[read] < position)
                read++;
            if (read < starts.Count && starts[read] == position)
                starts[kept++] = starts[read++];
        }
        starts.RemoveRange(kept, starts.Count - kept);
    }
}
