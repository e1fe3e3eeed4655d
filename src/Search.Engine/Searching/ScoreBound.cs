using Lucene.Net.Search;
using Search.Engine.Querying;

namespace Search.Engine.Searching;

/// <summary>
/// At least the score a query's scorer would give the doc it stands on, worked out without reading
/// a position, so that a collector can pass over a doc that could not enter its best hits before
/// paying for its positions. The bound walks the query's own tree of scorers (as
/// <see cref="Scorer.GetChildren"/> shows it, once per segment): a boolean query scores the sum of
/// its required clauses and of the optional ones on the doc, times a coordination factor of at most
/// one, so its bound is the sum of theirs; a term or a phrase scorer's score is known once it stands
/// on a doc; an <see cref="ExactOrWordsScorer"/> gives its own bound.
/// </summary>
/// <remarks>
/// The scorers are asked directly rather than through the query's scorer: Lucene's boolean scorers
/// keep the score they gave a doc, so a bound asked of them would be given back as the score.
/// </remarks>
internal abstract class ScoreBound
{
    /// <summary>The bound of the doc <paramref name="doc"/> the query's scorer stands on.</summary>
    public abstract double Of(int doc);

    /// <summary>
    /// The bound of the tree under <paramref name="scorer"/>; null when it cannot be worked out
    /// without disturbing the scores: a scorer of a kind not known to sum its clauses, a negative
    /// boost (a score then falls as a term recurs), or optional clauses this walk would have to move
    /// under Lucene's own disjunction of them (required clauses and two or more optional ones, or a
    /// minimum of optional ones to match: Lucene then moves them through a disjunction that does
    /// not expect them moved).
    /// </summary>
    public static ScoreBound? Under(Scorer scorer)
    {
        if (scorer.Weight?.Query is not { Boost: >= 0 } query)
            return null;
        if (scorer is ExactOrWordsScorer both)
            return new ExactOrWordsBound(both);
        switch (query)
        {
            case TermQuery or PhraseQuery when scorer.GetChildren().Count == 0:
                return new KnownScore(scorer);
            case BooleanQuery { MinimumNumberShouldMatch: 0 }:
                var required = new List<ScoreBound>();
                var optional = new List<(Scorer, ScoreBound)>();
                foreach (var child in scorer.GetChildren())
                {
                    if (child.Relationship == "MUST_NOT")
                        continue;
                    if (Under(child.Child) is not { } bound)
                        return null;
                    if (child.Relationship == "MUST")
                        required.Add(bound);
                    else
                        optional.Add((child.Child, bound));
                }
                return required.Count > 0 && optional.Count > 1 ? null : new Sum([.. required], [.. optional]);
            default:
                return null;
        }
    }

    private sealed class ExactOrWordsBound(ExactOrWordsScorer scorer) : ScoreBound
    {
        public override double Of(int doc) => scorer.ScoreBound();
    }

    private sealed class KnownScore(Scorer scorer) : ScoreBound
    {
        public override double Of(int doc) => scorer.GetScore();
    }

    /// <summary>
    /// Required clauses stand on every doc the boolean scorer stands on. The one optional clause
    /// beside them may lag behind (Lucene moves it only when it scores a doc, checking first where it
    /// stands): it is moved on here as it would be there. Optional clauses alone stand on or past
    /// the doc already (their disjunction moves them all).
    /// </summary>
    private sealed class Sum(ScoreBound[] required, (Scorer Scorer, ScoreBound Bound)[] optional) : ScoreBound
    {
        public override double Of(int doc)
        {
            var sum = 0.0;
            foreach (var bound in required)
                sum += bound.Of(doc);
            foreach (var (scorer, bound) in optional)
            {
                if ((scorer.DocID < doc ? scorer.Advance(doc) : scorer.DocID) == doc)
                    sum += bound.Of(doc);
            }
            return sum;
        }
    }
}
