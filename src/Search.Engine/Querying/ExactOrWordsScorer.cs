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
/// With a witness (<see cref="ExactOrWordsQuery.WordWitnesses"/>) the docs are the exact text's
/// alone, and one holding the word is exact without a look at positions.
/// </summary>
internal sealed class ExactOrWordsScorer : Scorer
{
    private const int NoMoreDocs = DocIdSetIterator.NO_MORE_DOCS;
    private readonly ExactText? _exact;
    private readonly AllWords? _words;
    private readonly bool _wordWitnesses;
    private int _doc = -1;
    private bool _byWords;
    private Exactness _exactness;

    private enum Exactness { No, Yes, Unknown }

    public ExactOrWordsScorer(Weight weight, ExactText? exact, AllWords? words, bool wordWitnesses = false) : base(weight) =>
        (_exact, _words, _wordWitnesses) = (exact, words, wordWitnesses);

    public override int DocID => _doc;

    public override int NextDoc() => _doc == NoMoreDocs ? NoMoreDocs : Advance(_doc + 1);

    public override int Advance(int target)
    {
        while (true)
        {
            var byExact = _exact is null ? NoMoreDocs : _exact.Doc >= target ? _exact.Doc : _exact.Advance(target);
            // A witness is read only where the exact text may be: it never adds a doc.
            var wordsFrom = _wordWitnesses ? byExact : target;
            var byWords = _words is null || wordsFrom == NoMoreDocs ? NoMoreDocs : _words.Doc >= wordsFrom ? _words.Doc : _words.Advance(wordsFrom);
            _doc = _wordWitnesses ? byExact : Math.Min(byWords, byExact);
            if (_doc == NoMoreDocs)
                return _doc;
            var witnessed = _wordWitnesses && byWords == _doc;
            _byWords = byWords == _doc && !_wordWitnesses;
            _exactness = byExact != _doc ? Exactness.No : !_exact!.IsPhrase || witnessed ? Exactness.Yes : Exactness.Unknown;
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
            _exactness = _exact!.Occurs() ? Exactness.Yes : Exactness.No;
        return _exactness == Exactness.Yes;
    }

    /// <summary>
    /// Whether <paramref name="doc"/>, the doc the scorer stands on, may hold the exact text: it
    /// holds every pair of it, and its positions, if read yet, did not rule it out.
    /// </summary>
    public bool MayBeExact(int doc) => doc == _doc && _exactness != Exactness.No;

    /// <summary>
    /// At least <see cref="GetScore"/> of the doc the scorer stands on, without reading a position:
    /// the exact text counted whenever it may be there (<see cref="MayBeExact"/>), and as often as its
    /// rarest pair occurs in the doc. A collector asks for it to pass over a doc that could not enter
    /// its best hits even so, before paying for its positions.
    /// </summary>
    public double ScoreBound() =>
        (MayBeExact(_doc) ? _exact!.ScoreBound(_doc) : 0) + (_byWords ? _words!.Score(_doc) : 0);

    /// <summary>
    /// The BM25 sum of the sides that matched: the exact text's (its frequency as a phrase's) and
    /// every word's, added as the boolean query it replaces adds them (the words in single precision,
    /// the two sides in double), so that scores, and the ties they break, are the same to the bit.
    /// </summary>
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

    /// <summary>How many docs this scorer has read positions of: what a witness, or a bound, spares.</summary>
    internal int DocsReadForPositions => _exact?.DocsRead ?? 0;
}

/// <summary>Docs holding every one of some terms: a conjunction led by the rarest.</summary>
internal abstract class Conjunction
{
    protected Conjunction(DocsEnum[] postings)
    {
        Postings = postings;
        ByCost = [.. Enumerable.Range(0, postings.Length).OrderBy(i => postings[i].GetCost())];
        _byCost = [.. ByCost.Select(i => postings[i])];
    }

    private readonly DocsEnum[] _byCost;

    /// <summary>The postings in the order they were given.</summary>
    protected DocsEnum[] Postings { get; }

    /// <summary>The postings' indexes, rarest first (a stable order: Lucene's conjunction sorts its terms so).</summary>
    protected int[] ByCost { get; }

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
    /// <summary>The words' BM25 summed rarest first in single precision, as Lucene's conjunction sums them.</summary>
    public float Score(int doc)
    {
        var score = 0f;
        foreach (var i in ByCost)
            score += scorers[i].Score(doc, Postings[i].Freq);
        return score;
    }
}

/// <summary>
/// The exact text: one term (a character, a pair) whose docs are its matches, or pairs at offsets
/// (<see cref="QueryCompiler.CoveringOffsets"/>) whose docs are candidates until their positions
/// line up. Positions are read as far as a question needs: up to the first occurrence to tell
/// whether a doc holds the text, on to the last only to score it.
/// </summary>
internal sealed class ExactText : Conjunction
{
    private readonly int[] _offsets;
    private readonly Similarity.SimScorer _scorer;
    // Per term, on the doc being read: where the text would start by its current position (its
    // position less its offset), and how many of its positions are left.
    private readonly int[] _starts;
    private readonly int[] _left;
    private int _readDoc = -1;
    private int _found;
    private bool _exhausted;

    public ExactText(DocsEnum[] postings, int[] offsets, Similarity.SimScorer scorer) : base(postings)
    {
        (_offsets, _scorer) = (offsets, scorer);
        _starts = new int[postings.Length];
        _left = new int[postings.Length];
    }

    /// <summary>Whether positions decide: more than one term.</summary>
    public bool IsPhrase => Postings.Length > 1;

    /// <summary>Whether the current doc holds the text: the pairs stand in order at least once.</summary>
    public bool Occurs()
    {
        if (!IsPhrase)
            return true;
        StartReading();
        return _found > 0 || (!_exhausted && NextOccurrence());
    }

    /// <summary>How often the text occurs in the current doc: the term's frequency, or the phrase's.</summary>
    public int Freq()
    {
        if (!IsPhrase)
            return Postings[0].Freq;
        StartReading();
        while (!_exhausted && NextOccurrence())
        {
        }
        return _found;
    }

    public double Score(int doc) => _scorer.Score(doc, Freq());

    /// <summary>
    /// At least <see cref="Score"/> without a position read: the text cannot occur more often than
    /// any of its pairs, and BM25 does not fall as the frequency rises.
    /// </summary>
    public double ScoreBound(int doc) => _scorer.Score(doc, RarestPairFreq());

    private int RarestPairFreq()
    {
        var least = int.MaxValue;
        foreach (var postings in Postings)
            least = Math.Min(least, postings.Freq);
        return least;
    }

    /// <summary>How many docs positions were read for.</summary>
    public int DocsRead { get; private set; }

    private void StartReading()
    {
        if (_readDoc == Doc)
            return;
        _readDoc = Doc;
        DocsRead++;
        _found = 0;
        _exhausted = false;
        for (var i = 0; i < Postings.Length; i++)
        {
            _starts[i] = int.MinValue;
            _left[i] = Postings[i].Freq;
        }
    }

    /// <summary>
    /// Moves every term to the next start they share, after the last one found (leapfrog: the
    /// highest start so far is the target each term reads up to); false when a term runs out.
    /// </summary>
    private bool NextOccurrence()
    {
        if (!Step(0))
            return false;
        var target = _starts[0];
        for (var i = 1; i < _starts.Length;)
        {
            while (_starts[i] < target)
            {
                if (!Step(i))
                    return false;
            }
            if (_starts[i] == target)
            {
                i++;
                continue;
            }
            target = _starts[i];
            while (_starts[0] < target)
            {
                if (!Step(0))
                    return false;
            }
            target = _starts[0];
            i = 1;
        }
        _found++;
        return true;
    }

    /// <summary>Reads term <paramref name="i"/>'s next position; false (and nothing more to find in this doc) when it has none.</summary>
    private bool Step(int i)
    {
        if (_left[i] == 0)
        {
            _exhausted = true;
            return false;
        }
        _left[i]--;
        _starts[i] = ((DocsAndPositionsEnum)Postings[i]).NextPosition() - _offsets[i];
        return true;
    }
}
