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
    private int[] _starts = new int[64];

    public TermMatcher(SearchIndex index, string text, WordAnalyzer analyzer)
    {
        _index = index;
        var characters = new List<string>();
        RecallAnalyzers.Characters.Analyze(text, (term, _, _, _) => characters.Add(term.ToString()));
        _characters = [.. characters];
        Words = analyzer.Tokenize(text).Select(token => token.Term).Distinct(StringComparer.Ordinal).ToArray();
    }

    public IReadOnlyList<string> Words { get; }

    /// <summary>The term as the recall representation folds it (full-width folded, lower-cased, no spaces).</summary>
    public string Normalized => string.Concat(_characters);

    /// <summary>Each doc whose field contains the exact text, with how many times, appended in doc order.</summary>
    public void ExactOccurrences(Field field, List<(int Doc, int Count)> into)
    {
        if (_characters.Length == 1)
            Unigram(field, into);
        else if (_characters.Length > 1)
            Phrase(field, into);
    }

    private void Unigram(Field field, List<(int Doc, int Count)> into)
    {
        if (_index.Term(field, Representation.Characters, _characters[0]) is not { } entry)
            return;
        var cursor = entry.Cursor();
        while (cursor.Next() != PostingsCursor.Exhausted)
            into.Add((cursor.Doc, cursor.Frequency));
    }

    /// <summary>
    /// Docs where the bigrams c0c1, c1c2, … stand at consecutive positions. Only a covering subset is
    /// checked — the bigrams at offsets 0, 2, 4, … and the last — since together they pin every
    /// character. Two of them (three- and four-character terms) go through <see cref="PairPhrase"/>;
    /// of more, the rarest leads, the others are advanced to its docs, and only where all of them
    /// agree are positions compared: the phrase starts of the bigram with the fewest occurrences in
    /// the doc, narrowed by each of the others in turn.
    /// </summary>
    private void Phrase(Field field, List<(int Doc, int Count)> into)
    {
        var offsets = CoveringOffsets(_characters.Length - 1);
        var count = offsets.Length;
        var cursors = new PostingsCursor[count];
        var frequencies = new int[count];
        for (var i = 0; i < count; i++)
        {
            var o = offsets[i];
            if (_index.Term(field, Representation.Bigrams, _characters[o] + _characters[o + 1]) is not { } entry)
                return;
            cursors[i] = entry.Cursor();
            frequencies[i] = entry.DocumentFrequency;
        }
        if (count == 1)
        {
            // One bigram is the whole phrase: its frequency is the count, no position to compare.
            while (cursors[0].Next() is var single && single != PostingsCursor.Exhausted)
                into.Add((single, cursors[0].Frequency));
            return;
        }

        if (count == 2)
        {
            PairPhrase(ref cursors[0], ref cursors[1], offsets[1], into);
            return;
        }

        var leader = Array.IndexOf(frequencies, frequencies.Min());
        while (cursors[leader].Next() is var doc && doc != PostingsCursor.Exhausted)
        {
            var all = true;
            var fewest = leader;
            for (var i = 0; i < count && all; i++)
            {
                all = i == leader || cursors[i].Advance(doc) == doc;
                if (cursors[i].Frequency < cursors[fewest].Frequency)
                    fewest = i;
            }
            if (!all)
                continue;

            var starts = Starts(cursors[fewest].Positions, offsets[fewest]);
            for (var i = 0; i < count && starts.Length > 0; i++)
            {
                if (i != fewest)
                    starts = Keep(starts, cursors[i].Positions, offsets[i]);
            }
            if (starts.Length > 0)
                into.Add((doc, starts.Length));
        }
    }

    /// <summary>
    /// A phrase pinned by two bigrams, the first at the phrase's start and the second
    /// <paramref name="distance"/> after it (three or four characters): the common case, counted by
    /// one pass of <see cref="PositionList.Seek"/> over the second list, with no buffer.
    /// </summary>
    private static void PairPhrase(ref PostingsCursor first, ref PostingsCursor second, int distance, List<(int Doc, int Count)> into)
    {
        var doc = first.Next();
        while (doc != PostingsCursor.Exhausted)
        {
            var other = second.Advance(doc);
            if (other != doc)
            {
                doc = first.Advance(other);
                continue;
            }
            var starts = first.Positions;
            var ends = second.Positions;
            int found = 0, at = 0;
            for (var i = 0; i < starts.Count && at < ends.Count; i++)
                found += ends.Seek(starts[i] + distance, ref at) ? 1 : 0;
            if (found > 0)
                into.Add((doc, found));
            doc = first.Next();
        }
    }

    /// <summary>The phrase starts a bigram's positions imply, in a buffer reused from doc to doc.</summary>
    private Span<int> Starts(PositionList positions, int offset)
    {
        if (_starts.Length < positions.Count)
            _starts = new int[Math.Max(positions.Count, _starts.Length * 2)];
        var count = 0;
        for (var k = 0; k < positions.Count; k++)
        {
            var start = positions[k] - offset;
            if (start >= 0) // a bigram nearer the text's start than its offset cannot be in a phrase
                _starts[count++] = start;
        }
        return _starts.AsSpan(0, count);
    }

    /// <summary>0, 2, 4, … and the last bigram: each character of the phrase lies in one of them.</summary>
    private static int[] CoveringOffsets(int bigrams)
    {
        var offsets = Enumerable.Range(0, (bigrams + 1) / 2).Select(i => i * 2).ToList();
        if (offsets[^1] != bigrams - 1)
            offsets.Add(bigrams - 1);
        return [.. offsets];
    }

    /// <summary>
    /// Keeps the phrase starts p for which the bigram stands at p + offset: by one pass of
    /// <see cref="PositionList.Seek"/>, or by binary search when the bigram occurs far more often
    /// than there are starts left.
    /// </summary>
    private static Span<int> Keep(Span<int> starts, PositionList positions, int offset)
    {
        var kept = 0;
        var at = 0;
        var search = positions.Count > starts.Length * 8;
        for (var k = 0; k < starts.Length && at < positions.Count; k++)
        {
            var target = starts[k] + offset;
            if (search)
            {
                at = positions.LowerBound(target, at);
                if (at < positions.Count && positions[at] == target)
                    starts[kept++] = starts[k];
            }
            else if (positions.Seek(target, ref at))
                starts[kept++] = starts[k];
        }
        return starts[..kept];
    }
}
