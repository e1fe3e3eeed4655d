using Search.Index.Postings;

namespace Search.Index.Building;

/// <summary>
/// Joins sorted runs of postings, built over consecutive doc ranges, into one term dictionary: a
/// k-way merge by term, each term's postings concatenated run after run into segments of at most
/// <see cref="BuiltTerms.MaxSegmentBytes"/>, each term pointing at its slice: a few large arrays
/// load faster and weigh less than one per term.
/// </summary>
internal static class PostingsMerger
{
    /// <param name="runs">Runs in doc order: every doc of one precedes every doc of the next.</param>
    /// <param name="order">The order each run's terms are sorted in, which is the dictionary's.</param>
    /// <param name="name">The term's text for a key.</param>
    public static BuiltTerms Merge<TKey>(Field field, Representation representation, IReadOnlyList<PostingsRun<TKey>> runs,
        IComparer<TKey> order, Func<TKey, string> name)
    {
        var terms = new List<EncodedTerm>();
        var segments = new List<byte[]>();
        var segment = new ByteBuffer(1 << 16);
        var postings = new ByteBuffer();

        // Each run's next term, smallest first; runs holding the same term leave the queue together
        // and are joined in run order, which is doc order.
        var next = new int[runs.Count];
        var queue = new PriorityQueue<int, TKey>(order);
        for (var r = 0; r < runs.Count; r++)
        {
            if (runs[r].Count > 0)
                queue.Enqueue(r, runs[r].Term(0));
        }
        var holding = new List<int>();
        while (queue.TryDequeue(out var first, out var term))
        {
            holding.Clear();
            holding.Add(first);
            while (queue.TryPeek(out _, out var otherTerm) && order.Compare(otherTerm, term) == 0)
                holding.Add(queue.Dequeue());
            holding.Sort();

            postings.Clear();
            var previousDoc = -1;
            var documentFrequency = 0;
            foreach (var r in holding)
            {
                var run = runs[r];
                var at = next[r]++;
                Append(postings, run.Postings(at), run.LastDoc(at), ref previousDoc);
                documentFrequency += run.DocumentFrequency(at);
                if (next[r] < run.Count)
                    queue.Enqueue(r, run.Term(next[r]));
            }

            if (segment.Length > 0 && segment.Length + postings.Length > BuiltTerms.MaxSegmentBytes)
            {
                segments.Add(segment.ToArray());
                segment.Clear();
            }
            terms.Add(new EncodedTerm(name(term), documentFrequency, segments.Count, segment.Length, postings.Length));
            segment.Write(postings.Span);
        }
        segments.Add(segment.ToArray());
        return new BuiltTerms(field, representation, terms, segments);
    }

    /// <summary>
    /// Appends one run's postings of a term to <paramref name="output"/>, which ends with doc
    /// <paramref name="previousDoc"/> (-1 when empty): the first doc's gap, written from -1, is
    /// re-based on it; the rest is copied as it is.
    /// </summary>
    internal static void Append(ByteBuffer output, ReadOnlySpan<byte> postings, int lastDoc, ref int previousDoc)
    {
        var at = 0;
        var firstDoc = (int)VarInt.Read(postings, ref at) - 1;
        if (firstDoc <= previousDoc)
            throw new InvalidOperationException($"postings must be appended in doc order: doc {firstDoc} after {previousDoc}");
        output.WriteVarInt((uint)(firstDoc - previousDoc));
        output.Write(postings[at..]);
        previousDoc = lastDoc;
    }
}
