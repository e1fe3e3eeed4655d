using Lucene.Net.Index;

namespace Search.Engine.Querying;

/// <summary>
/// The term states of terms of one field, as <see cref="TermContext.Build"/> makes them one by one,
/// looked up through one terms enumerator a segment. Lucene's builder opens a new enumerator for each
/// term, and each one allocates its block frames and FST arcs afresh: a query's pairs and words
/// looked up that way were the largest share of what a search allocated before reading a posting.
/// </summary>
internal static class TermStates
{
    public static TermContext[] Build(IndexReaderContext top, IReadOnlyList<Term> terms)
    {
        if (terms.Any(term => term.Field != terms[0].Field))
            throw new ArgumentException("the terms are of one field", nameof(terms));
        var states = new TermContext[terms.Count];
        for (var i = 0; i < states.Length; i++)
            states[i] = new TermContext(top);
        if (states.Length == 0)
            return states;
        foreach (var leaf in top.Leaves)
        {
            if (leaf.AtomicReader.Fields?.GetTerms(terms[0].Field) is not { } fieldTerms)
                continue;
            var termsEnum = fieldTerms.GetEnumerator();
            for (var i = 0; i < states.Length; i++)
            {
                // The state is a copy: the enumerator may move on to the next term.
                if (termsEnum.SeekExact(terms[i].Bytes))
                    states[i].Register(termsEnum.GetTermState(), leaf.Ord, termsEnum.DocFreq, termsEnum.TotalTermFreq);
            }
        }
        return states;
    }
}
