using Lucene.Net.Search;
using Search.Engine.Querying;

namespace Search.Engine.Searching;

/// <summary>
/// Tells, for the doc a scorer is on, whether every query group matched it exactly. The exact
/// clauses' scorers are found once per segment under the query's scorer (<see cref="Scorer.GetChildren"/>);
/// a clause matched the current doc when its scorer stands on that doc, and for an
/// <see cref="ExactOrWordsScorer"/> (exact text or all words) when it says the doc holds the exact text. Lucene's disjunction and
/// conjunction scorers move every sub-scorer that matches a doc onto it as they move onto the doc
/// (not when asked for its score), and the only clauses moved lazily, the title's optional ones,
/// hold no exact clause; so this holds for every doc collected in order, scored or not.
/// Positions are what telling exact costs, so a collector first asks what a doc may be
/// (<see cref="AllGroupsMayBeExact"/>), without reading one.
/// </summary>
internal sealed class ExactMatches
{
    private readonly Scorer[][] _byGroup;

    private ExactMatches(Scorer[][] byGroup) => _byGroup = byGroup;

    public static ExactMatches Under(Scorer scorer, IReadOnlyDictionary<Query, int> exactClauses, int groups)
    {
        var found = Enumerable.Range(0, groups).Select(_ => new List<Scorer>()).ToArray();
        var pending = new Stack<Scorer>([scorer]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current.Weight?.Query is { } query && exactClauses.TryGetValue(query, out var group))
                found[group].Add(current);
            foreach (var child in current.GetChildren())
                pending.Push(child.Child);
        }
        return new ExactMatches([.. found.Select(list => list.ToArray())]);
    }

    /// <summary>
    /// Whether each group has an exact clause standing on <paramref name="doc"/> that may have
    /// matched it exactly: false only when <see cref="AllGroupsExact"/> would be, and read without positions.
    /// </summary>
    public bool AllGroupsMayBeExact(int doc) => AllGroups(doc, readPositions: false);

    /// <summary>Whether each group has an exact clause standing on <paramref name="doc"/> that matched it exactly.</summary>
    public bool AllGroupsExact(int doc) => AllGroups(doc, readPositions: true);

    // Asked of every doc collected: one loop, and a plain branch on what is asked.
    private bool AllGroups(int doc, bool readPositions)
    {
        foreach (var scorers in _byGroup)
        {
            var any = false;
            foreach (var scorer in scorers)
            {
                if (scorer is ExactOrWordsScorer both ? (readPositions ? both.IsExact(doc) : both.MayBeExact(doc)) : scorer.DocID == doc)
                {
                    any = true;
                    break;
                }
            }
            if (!any)
                return false;
        }
        return true;
    }
}
