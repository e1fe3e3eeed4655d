using Lucene.Net.Index;

namespace Search.Index.Overlap;

/// <summary>
/// Which live articles of one view are the same article printed more than once: the same wording
/// of the body (<see cref="TextSketch.WordingHash"/>: however it is printed — punctuation, spacing,
/// width, traditional characters; the headline, deck and captions may differ) with the same
/// places and year, so that a search judges every printing alike. Worked out once per view from
/// each segment's <see cref="SegmentFacts"/>: one pass over the docs, a hash lookup each.
/// </summary>
public sealed class ArticleCopies
{
    private readonly int[]? _groupOf;
    private readonly List<int[]> _groups;

    private ArticleCopies(int[]? groupOf, List<int[]> groups)
    {
        _groupOf = groupOf;
        _groups = groups;
    }

    /// <summary>How many sets of copies the view holds (each of two articles or more).</summary>
    public int Groups => _groups.Count;

    /// <summary>
    /// For each doc of the view (<c>IndexReader.MaxDoc</c> long), its set of copies, -1 for an
    /// article printed once; null when the view holds no copies at all, the common case.
    /// </summary>
    public int[]? GroupOf => _groupOf;

    /// <summary>The other printings of the article at <paramref name="doc"/>, in doc order.</summary>
    public IReadOnlyList<int> Of(int doc) =>
        _groupOf is not null && doc < _groupOf.Length && _groupOf[doc] >= 0 ? [.. _groups[_groupOf[doc]].Where(other => other != doc)] : [];

    /// <summary>
    /// Whether the article at <paramref name="doc"/> is a second (or later) printing — in doc order,
    /// the order a search collects in, so that lists and searches of one view show the same printing —
    /// which lists that show an article once leave out.
    /// </summary>
    public bool IsRepeat(int doc) =>
        _groupOf is not null && doc < _groupOf.Length && _groupOf[doc] >= 0 && _groups[_groupOf[doc]][0] != doc;

    public static ArticleCopies Of(IndexReader reader)
    {
        var first = new Dictionary<(long Wording, string Places, short Year), int>();
        var members = new Dictionary<int, List<int>>(); // first printing → every printing, only for articles printed more than once
        foreach (var leaf in reader.Leaves)
        {
            var facts = SegmentFacts.Of(leaf.AtomicReader);
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < facts.Wordings.Length; doc++)
            {
                if (facts.Wordings[doc] == 0 || (live is not null && !live.Get(doc)))
                    continue;
                var global = leaf.DocBase + doc;
                var key = (facts.Wordings[doc], string.Join(',', facts.Places[doc].ToArray()), facts.Years[doc]);
                if (!first.TryAdd(key, global))
                {
                    if (!members.TryGetValue(first[key], out var printings))
                        members[first[key]] = printings = [first[key]];
                    printings.Add(global);
                }
            }
        }
        if (members.Count == 0)
            return new ArticleCopies(null, []);
        var groupOf = Enumerable.Repeat(-1, reader.MaxDoc).ToArray();
        var groups = new List<int[]>();
        foreach (var printings in members.Values)
        {
            foreach (var doc in printings)
                groupOf[doc] = groups.Count;
            groups.Add([.. printings]);
        }
        return new ArticleCopies(groupOf, groups);
    }
}
