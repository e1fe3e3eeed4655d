using Lucene.Net.Search;
using Search.Index;

namespace Search.Engine.Searching;

/// <summary>
/// Runs one search over halves of the index on two cores when that shortens it: the index is
/// large enough for the search pass to outweigh handing half to another thread, and no other
/// search is running in this process (under load every core is busy already, and a split would
/// only add its own cost). A full build is one segment, so the halves are doc ranges: each has its
/// own scorers from the one weight, advanced to where its range starts, and its own
/// <see cref="HitCollector"/>; the second's counts and hits are then added to the first's.
/// </summary>
internal static class SlicedSearch
{
    /// <summary>
    /// Below this many docs a search is one slice: the search pass is then a millisecond or so and
    /// the split's fixed costs (a second scorer per term, a thread-pool hand-off, the merge of the
    /// counts) eat what it saves. Measured with <c>Search.Bench query</c> on a quiet machine: at
    /// 10,000 articles splitting every search made p50 1.33 ms against 1.17 unsplit; at 50,000 the
    /// split made p50 2.80 against 3.78 ms and p99 13.7 against 18.6, with throughput on two
    /// threads within 4% (383 against 398 q/s).
    /// </summary>
    public const int MinDocsToSplit = 20_000;

    private static int _running;

    /// <summary>The search's collector, filled by one slice or by two added together.</summary>
    public static HitCollector Run(ArticleIndex index, Query query, Func<HitCollector> newCollector)
    {
        var maxDoc = index.IndexReader.MaxDoc;
        var alone = Interlocked.Increment(ref _running) == 1;
        try
        {
            if (alone && maxDoc >= MinDocsToSplit && Environment.ProcessorCount >= 2)
                return Split(index, query, newCollector, maxDoc / 2);
            var collector = newCollector();
            index.Search(query, collector);
            return collector;
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    /// <summary>The search run as two slices, docs before <paramref name="middle"/> here and the rest on another thread.</summary>
    internal static HitCollector Split(ArticleIndex index, Query query, Func<HitCollector> newCollector, int middle)
    {
        var weight = index.CreateNormalizedWeight(query);
        var (first, second) = (newCollector(), newCollector());
        var secondHalf = Task.Run(() => Collect(index, weight, middle, index.IndexReader.MaxDoc, second));
        try
        {
            Collect(index, weight, 0, middle, first);
        }
        finally
        {
            // Even when this half failed, the search ends only when the other half has.
            secondHalf.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
        }
        secondHalf.GetAwaiter().GetResult();
        // An article printed twice, once in each half, was counted by both: only one pass over
        // the whole index counts it once, by its first printing.
        if (first.CountedCopiesAlso(second))
        {
            first.ReturnCounts();
            second.ReturnCounts();
            var whole = newCollector();
            index.Search(query, whole);
            return whole;
        }
        first.Add(second);
        return first;
    }

    /// <summary>Feeds <paramref name="collector"/> the matches among docs <paramref name="from"/> (inclusive) to <paramref name="to"/>, in order, as a Lucene search would.</summary>
    private static void Collect(ArticleIndex index, Weight weight, int from, int to, HitCollector collector)
    {
        foreach (var leaf in index.IndexReader.Leaves)
        {
            var (start, end) = (Math.Max(from, leaf.DocBase) - leaf.DocBase, Math.Min(to, leaf.DocBase + leaf.AtomicReader.MaxDoc) - leaf.DocBase);
            if (start >= end)
                continue;
            collector.SetNextReader(leaf);
            if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } scorer)
                continue;
            collector.SetScorer(scorer);
            for (var doc = scorer.Advance(start); doc < end; doc = scorer.NextDoc())
                collector.Collect(doc);
        }
    }
}
