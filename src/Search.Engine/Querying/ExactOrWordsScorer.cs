using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Search.Engine.Querying;

/// <summary>
/// Walks the docs of <see cref="ExactOrWordsQuery"/> in order: the union of the docs holding every
/// pair of the exact text and the docs holding every word. A doc holding all the words matches
/// without a look at positions; a doc holding only the pairs matches when they stand in order, the
/// one case where positions decide the match. Whether a doc holds the exact text, and its score, are
/// worked out when asked and at most once a doc (the two-phase idea of later Lucene versions, on 4.8's API).
/// </summary>
internal sealed class ExactOrWordsScorer : Scorer
{
    private const int NoMoreDocs = DocIdSetIterator.NO_MORE_DOCS;
    private readonly ExactText? _exact;
    private readonly AllWords? _words;
    private int _doc = -1;
    private bool _byWords;
    private Exactness _exactness;

    private enum Exactness { No, Yes, Unknown }

    public ExactOrWordsScorer(Weight weight, ExactText? exact, AllWords? words) : base(weight) => (_exact, _words) = (exact, words);

    public override int DocID => _doc;

    public override int NextDoc() => _doc == NoMoreDocs ? NoMoreDocs : Advance(_doc + 1);

    public override int Advance(int target)
    {
        while (true)
        {
            var byWords = _words is null ? NoMoreDocs : _words.Doc >= target ? _words.Doc : _words.Advance(target);
            var byExact = _exact is null ? NoMoreDocs : _exact.Doc >= target ? _exact.Doc : _exact.Advance(target);
            _doc = Math.Min(byWords, byExact);
            if (_doc == NoMoreDocs)
                return _doc;
            _byWords = byWords == _doc;
            _exactness = byExact != _doc ? Exactness.No : _exact!.IsPhrase ? Exactness.Unknown : Exactness.Yes;
            if (_byWords || IsExact(_doc))
                return _doc;
            target = _doc + 1;
        }
    }

    /// <summary>Whether the doc the scorer stands on, <paramref name="doc"/>, holds the exact text (positions read once, on the first ask).</summary>
    public bool IsExact(int doc)
    {
        if (doc != _doc)
            return false;
        if (_exactness == Exactness.Unknown)
            _exactness = _exact!.Freq() > 0 ? Exactness.Yes : Exactness.No;
        return _exactness == Exactness.Yes;
    }

    /// <summary>The BM25 sum of the sides that matched: the exact text's (its frequency as a phrase's) and every word's.</summary>
    public override float GetScore()
    {
        var score = 0.0;
        if (IsExact(_doc))
            score += _exact!.Score(_doc);
        if (_byWords)
            score += _words!.Score(_doc);
        return (float)score;
    }

    public override int Freq => (IsExact(_doc) ? 1 : 0) + (_byWords ? 1 : 0);

    public override long GetCost() => (_exact?.Cost ?? 0) + (_words?.Cost ?? 0);
}

/// <summary>Docs holding every one of some terms: a conjunction led by the rarest.</summary>
internal abstract class Conjunction
{
    private readonly DocsEnum[] _byCost;

    protected Conjunction(DocsEnum[] postings)
    {
        Postings = postings;
        _byCost = [.. postings.OrderBy(posting => posting.GetCost())];
    }

    /// <summary>The postings in the order they were given.</summary>
    protected DocsEnum[] Postings { get; }

    public int Doc { get; private set; } = -1;

    public long Cost => _byCost[0].GetCost();

    /// <summary>Moves to the first doc at or after <paramref name="target"/> that holds every term.</summary>
    public int Advance(int target)
    {
        var doc = _byCost[0].Advance(target);
        for (var i = 1; i < _byCost.Length && doc != DocIdSetIterator.NO_MORE_DOCS;)
        {
            var other = _byCost[i].DocID < doc ? _byCost[i].Advance(doc) : _byCost[i].DocID;
            if (other == doc)
            {
                i++;
                continue;
            }
            doc = _byCost[0].Advance(other);
            i = 1;
        }
        return Doc = doc;
    }
}

/// <summary>The words of a term: the docs holding each, scored as the sum of the words' BM25.</summary>
internal sealed class AllWords(DocsEnum[] postings, Similarity.SimScorer[] scorers) : Conjunction(postings)
{
    public double Score(int doc)
    {
        var score = 0.0;
        for (var i = 0; i < Postings.Length; i++)
            score += scorers[i].Score(doc, Postings[i].Freq);
        return score;
    }
}

/// <summary>
/// The exact text: one term (a character, a pair) whose docs are its matches, or pairs at offsets
/// (<see cref="QueryCompiler.CoveringOffsets"/>) whose docs are candidates until their positions line up.
/// </summary>
internal sealed class ExactText : Conjunction
{
    private readonly int[] _offsets;
    private readonly Similarity.SimScorer _scorer;
    private readonly int[][] _starts;
    private readonly int[] _counts;
    private int _freqDoc = -1;
    private int _freq;

    public ExactText(DocsEnum[] postings, int[] offsets, Similarity.SimScorer scorer) : base(postings)
    {
        (_offsets, _scorer) = (offsets, scorer);
        _starts = [.. postings.Select(_ => new int[8])];
        _counts = new int[postings.Length];
    }

    /// <summary>Whether positions decide: more than one term.</summary>
    public bool IsPhrase => Postings.Length > 1;

    /// <summary>How often the text occurs in the current doc: the term's frequency, or the phrase's, counted once a doc.</summary>
    public int Freq()
    {
        if (!IsPhrase)
            return Postings[0].Freq;
        if (_freqDoc != Doc)
        {
            for (var i = 0; i < Postings.Length; i++)
                _counts[i] = ReadStarts(i);
            _freq = PhraseOccurrences.Count(_starts, _counts);
            _freqDoc = Doc;
        }
        return _freq;
    }

    public double Score(int doc) => _scorer.Score(doc, Freq());

    /// <summary>Where the text would start, by each occurrence of term <paramref name="i"/>: its positions less its offset.</summary>
    private int ReadStarts(int i)
    {
        var positions = (DocsAndPositionsEnum)Postings[i];
        var freq = positions.Freq;
        if (_starts[i].Length < freq)
            _starts[i] = new int[Math.Max(freq, _starts[i].Length * 2)];
        for (var j = 0; j < freq; j++)
            _starts[i][j] = positions.NextPosition() - _offsets[i];
        return freq;
    }
}

/// <summary>How many times a phrase occurs, from where each of its terms says it would start.</summary>
internal static class PhraseOccurrences
{
    /// <summary>
    /// The number of starts shared by every term: <paramref name="starts"/>[i] holds
    /// <paramref name="counts"/>[i] ascending starts of term i.
    /// </summary>
    public static int Count(int[][] starts, int[] counts)
    {
        var lead = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] < counts[lead])
                lead = i;
        }
        Span<int> at = stackalloc int[counts.Length];
        var found = 0;
        for (var j = 0; j < counts[lead]; j++)
        {
            var start = starts[lead][j];
            var all = true;
            for (var i = 0; i < counts.Length && all; i++)
            {
                if (i == lead)
                    continue;
                while (at[i] < counts[i] && starts[i][at[i]] < start)
                    at[i]++;
                if (at[i] == counts[i])
                    return found;
                all = starts[i][at[i]] == start;
            }
            if (all)
                found++;
        }
        return found;
    }
}
