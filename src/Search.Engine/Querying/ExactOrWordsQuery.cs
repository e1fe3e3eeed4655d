using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Search.Engine.Querying;

/// <summary>
/// One query term's match in one part of an article: its exact text, or all of its words —
/// the same docs and the same BM25 sum as <c>(exact (+word1 +word2 …))</c> in a boolean query, in one
/// pass. Lucene 4.8's disjunction would score both sides of every doc it moves onto and merge two
/// dense doc sets through a heap; this scorer walks the exact text's postings and the words' postings
/// side by side, reads positions only where they decide something (a doc holding the pairs of the
/// text but not all its words; or whether a doc is an exact match, when a collector asks), and scores
/// only the docs a collector scores (<see cref="ExactOrWordsScorer"/>).
/// </summary>
/// <remarks>
/// <paramref name="exact"/> is what <c>QueryCompiler.Exact</c> makes: a
/// <see cref="TermQuery"/> (one character or one pair) or a <see cref="PhraseQuery"/> of pairs at
/// explicit positions; <paramref name="words"/> are the term's distinct words in one field.
/// <para>
/// A term that is one word spelled as typed (<c>高质量发展</c>) is matched by its exact text alone,
/// yet its word is the cheaper evidence: a doc holding the word holds the text, so its positions
/// need not be read to tell. With <paramref name="wordWitnesses"/> the one word serves as that
/// witness and nothing else: the query finds and scores what the exact query alone does.
/// </para>
/// </remarks>
public sealed class ExactOrWordsQuery(Query exact, IReadOnlyList<Term> words, bool wordWitnesses = false) : Query
{
    public Query Exact { get; } = exact is TermQuery or PhraseQuery ? exact
        : throw new ArgumentException("the exact text is a term or a phrase query", nameof(exact));

    /// <summary>The words, all of one field (the weight reads them through one terms enumerator).</summary>
    public IReadOnlyList<Term> Words { get; } = words.Count == 0 ? throw new ArgumentException("a term by words has at least one word", nameof(words))
        : words.Any(word => word.Field != words[0].Field) ? throw new ArgumentException("the words are of one field", nameof(words)) : words;

    /// <summary>
    /// Whether the words are the exact text's one word, only witnessing that a doc holds the text:
    /// not a match of their own, and not scored.
    /// </summary>
    public bool WordWitnesses { get; } = !wordWitnesses || (words.Count == 1 && exact is PhraseQuery) ? wordWitnesses
        : throw new ArgumentException("a witness is one word of a phrase", nameof(wordWitnesses));

    public override Weight CreateWeight(IndexSearcher searcher) => new ExactOrWordsWeight(this, searcher);

    public override void ExtractTerms(ISet<Term> terms)
    {
        Exact.ExtractTerms(terms);
        foreach (var word in Words)
            terms.Add(word);
    }

    /// <summary>
    /// As the query it stands for: the boolean <c>(all.bigrams:"义务 ? 教育" (+all.words:义务 +all.words:教育))</c>,
    /// or, with a witness, the exact query alone.
    /// </summary>
    public override string ToString(string field) => WordWitnesses ? Exact.ToString(field)
        : $"({Exact.ToString(field)} ({string.Join(" ", Words.Select(word => "+" + new TermQuery(word).ToString(field)))}))";

    public override bool Equals(object? obj) =>
        obj is ExactOrWordsQuery other && base.Equals(other) && Exact.Equals(other.Exact) && Words.SequenceEqual(other.Words)
        && WordWitnesses == other.WordWitnesses;

    public override int GetHashCode() =>
        HashCode.Combine(base.GetHashCode(), Exact, Words.Aggregate(0, (hash, word) => HashCode.Combine(hash, word)), WordWitnesses);
}

/// <summary>
/// The statistics of <see cref="ExactOrWordsQuery"/>: the exact text's as Lucene's term or phrase
/// weight computes them (a phrase's idf the sum of its pairs'), each word's as a term weight's.
/// </summary>
internal sealed class ExactOrWordsWeight : Weight
{
    private readonly ExactOrWordsQuery _query;
    private readonly Similarity _similarity;
    private readonly Term[] _exactTerms;
    private readonly int[] _offsets;
    private readonly TermContext[] _exactStates;
    private readonly Similarity.SimWeight _exactStats;
    private readonly TermContext[] _wordStates;
    private readonly Similarity.SimWeight[] _wordStats;

    public ExactOrWordsWeight(ExactOrWordsQuery query, IndexSearcher searcher)
    {
        _query = query;
        _similarity = searcher.Similarity;
        var context = searcher.TopReaderContext;
        (_exactTerms, _offsets) = query.Exact switch
        {
            TermQuery term => ([term.Term], [0]),
            PhraseQuery phrase => (phrase.GetTerms(), phrase.GetPositions()),
            _ => throw new InvalidOperationException(),
        };
        _exactStates = TermStates.Build(context, _exactTerms);
        _exactStats = _similarity.ComputeWeight(query.Exact.Boost, searcher.CollectionStatistics(_exactTerms[0].Field),
            [.. _exactTerms.Select((term, i) => searcher.TermStatistics(term, _exactStates[i]))]);
        _wordStates = TermStates.Build(context, query.Words);
        _wordStats = [.. query.Words.Select((word, i) =>
            _similarity.ComputeWeight(1f, searcher.CollectionStatistics(word.Field), searcher.TermStatistics(word, _wordStates[i])))];
    }

    public override Query Query => _query;

    public override float GetValueForNormalization() =>
        _exactStats.GetValueForNormalization() + (_query.WordWitnesses ? 0 : _wordStats.Sum(stats => stats.GetValueForNormalization()));

    public override void Normalize(float norm, float topLevelBoost)
    {
        topLevelBoost *= _query.Boost;
        _exactStats.Normalize(norm, topLevelBoost);
        foreach (var stats in _wordStats)
            stats.Normalize(norm, topLevelBoost);
    }

    public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
    {
        var exact = Postings(context, acceptDocs, _exactTerms, _exactStates, positions: _exactTerms.Length > 1);
        var words = Postings(context, acceptDocs, [.. _query.Words], _wordStates, positions: false);
        if (exact is null && (words is null || _query.WordWitnesses))
            return null;
        return new ExactOrWordsScorer(this,
            exact is null ? null : new ExactText(exact, _offsets, _similarity.GetSimScorer(_exactStats, context)),
            words is null ? null : new AllWords(words, [.. _wordStats.Select(stats => _similarity.GetSimScorer(stats, context))]),
            _query.WordWitnesses);
    }

    /// <summary>
    /// Every term's postings in this segment, or null when one of them is not there (no doc holds
    /// them all). The terms are of one field (a phrase's; the words'), read through one enumerator.
    /// </summary>
    private static DocsEnum[]? Postings(AtomicReaderContext context, IBits acceptDocs, Term[] terms, TermContext[] states, bool positions)
    {
        var postings = new DocsEnum[terms.Length];
        TermsEnum? termsEnum = null;
        for (var i = 0; i < terms.Length; i++)
        {
            if (states[i].Get(context.Ord) is not { } state)
                return null;
            termsEnum ??= context.AtomicReader.GetTerms(terms[i].Field).GetEnumerator();
            termsEnum.SeekExact(terms[i].Bytes, state);
            postings[i] = positions
                ? termsEnum.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE)
                    ?? throw new InvalidOperationException($"field {terms[i].Field} was indexed without positions")
                : termsEnum.Docs(acceptDocs, null, DocsFlags.FREQS);
        }
        return postings;
    }

    public override Explanation Explain(AtomicReaderContext context, int doc)
    {
        if (GetScorer(context, context.AtomicReader.LiveDocs) is { } scorer && scorer.Advance(doc) == doc)
            return new Explanation(scorer.GetScore(), ((ExactOrWordsScorer)scorer).IsExact(doc) ? "exact text (and words)" : "all words");
        return new ComplexExplanation(false, 0f, "no match");
    }
}
