using Lucene.Net.Index;

namespace Search.Index.Overlap;

/// <summary>Another article repeating part of one: its doc, and the part of the shorter article's sketch the two share.</summary>
public readonly record struct Overlapping(int Doc, double Shared);

/// <summary>
/// Which live articles of one view repeat each other, from their <see cref="TextSketch"/>es: the
/// same article printed again (<b>copies</b>: nearly all of each in the other, same districts and
/// year), and other write-ups of one district's session (<b>coverage</b>: a district and the year
/// in common, and a share of the shorter one far beyond what unrelated reports share).
/// Only articles with a district and year in common are compared, and through the values of their
/// sketches few of them hold, so the work grows with the articles, not with their pairs.
/// </summary>
public sealed class ArticleOverlaps
{
    /// <summary>Copies share this much of the longer one's sketch: a reprint differs by a line or two, a caption, a heading.</summary>
    public const double CopyShare = 0.8;

    /// <summary>
    /// Coverage of one session shares this much of the shorter one's distinctive sketch: the corpus's two
    /// write-ups of 崂山区 2024 share 0.47, unrelated reports 0.04 at most.
    /// </summary>
    public const double CoverageShare = 0.25;

    /// <summary>And at least this many sampled runs, so that two short notes do not link by one stock phrase.</summary>
    public const int CoverageMinimum = 4;

    /// <summary>
    /// A run in more articles than this of one district and year is that year's stock wording, not
    /// evidence that two articles quote each other: it is not counted for coverage, nor does it
    /// make two articles worth comparing.
    /// </summary>
    public const int MaxHolders = 32;

    private static readonly Overlapping[] None = [];

    private readonly int[]? _groupOf;
    private readonly List<int[]> _groups;
    private readonly Dictionary<int, Overlapping[]> _coverage;

    private ArticleOverlaps(int[]? groupOf, List<int[]> groups, Dictionary<int, Overlapping[]> coverage)
    {
        _groupOf = groupOf;
        _groups = groups;
        _coverage = coverage;
    }

    /// <summary>How many sets of copies the view holds (each of two articles or more).</summary>
    public int CopyGroups => _groups.Count;

    /// <summary>
    /// For each doc of the view (<c>IndexReader.MaxDoc</c> long), its set of copies, -1 for an
    /// article printed once; null when the view holds no copies at all, the common case.
    /// </summary>
    public int[]? GroupOf => _groupOf;

    /// <summary>The other printings of the article at <paramref name="doc"/>, in doc order.</summary>
    public IReadOnlyList<int> CopiesOf(int doc) =>
        _groupOf is not null && doc < _groupOf.Length && _groupOf[doc] >= 0 ? [.. _groups[_groupOf[doc]].Where(other => other != doc)] : [];

    /// <summary>
    /// Whether the article at <paramref name="doc"/> is a second (or later) printing — in doc order,
    /// the order a search collects in, so that lists and searches of one view show the same printing —
    /// which lists that show an article once leave out.
    /// </summary>
    public bool IsRepeat(int doc) =>
        _groupOf is not null && doc < _groupOf.Length && _groupOf[doc] >= 0 && _groups[_groupOf[doc]][0] != doc;

    /// <summary>Other write-ups of the session the article at <paramref name="doc"/> reports on, one per set of copies, most shared first.</summary>
    public IReadOnlyList<Overlapping> CoverageOf(int doc) => _coverage.GetValueOrDefault(doc, None);

    public static ArticleOverlaps Of(IndexReader reader)
    {
        var articles = LiveArticles(reader);
        var copies = new UnionFind(articles.Count);
        var links = new List<(int A, int B, double Shared)>();
        foreach (var (pair, distinctive) in Candidates(articles))
        {
            var (a, b) = ((int)(pair >> 32), (int)pair);
            var (first, second) = (articles[a], articles[b]);
            var all = TextSketch.Shared(first.Sketch, second.Sketch);
            if (first.Districts == second.Districts && first.Year == second.Year
                && all >= CopyShare * Math.Max(first.Sketch.Length, second.Sketch.Length))
            {
                copies.Join(a, b);
                continue;
            }
            var shorter = Math.Min(first.Sketch.Length, second.Sketch.Length);
            if (first.Year != 0 && (first.Districts & second.Districts) != 0
                && distinctive >= CoverageMinimum && distinctive >= CoverageShare * shorter)
                links.Add((a, b, (double)distinctive / shorter));
        }

        var groups = new List<int[]>();
        int[]? groupOf = null;
        foreach (var members in Enumerable.Range(0, articles.Count).GroupBy(copies.Find).Where(set => set.Count() > 1))
        {
            groupOf ??= Enumerable.Repeat(-1, reader.MaxDoc).ToArray();
            var docs = members.Select(member => articles[member].Doc).Order().ToArray();
            foreach (var doc in docs)
                groupOf[doc] = groups.Count;
            groups.Add(docs);
        }

        // Coverage is between sets of copies: an article's copies are not its coverage, and a
        // write-up printed twice is listed once, by its first printing.
        int First(int article) => groupOf is not null && groupOf[articles[article].Doc] is var group and >= 0 ? groups[group][0] : articles[article].Doc;
        var coverage = links
            .SelectMany(link => new[] { (Of: link.A, Other: link.B, link.Shared), (Of: link.B, Other: link.A, link.Shared) })
            .Where(link => copies.Find(link.Of) != copies.Find(link.Other))
            .GroupBy(link => articles[link.Of].Doc)
            .ToDictionary(
                byDoc => byDoc.Key,
                byDoc => byDoc.GroupBy(link => First(link.Other))
                    .Select(byOther => new Overlapping(byOther.Key, byOther.Max(link => link.Shared)))
                    .OrderByDescending(other => other.Shared).ThenBy(other => other.Doc)
                    .ToArray());
        return new ArticleOverlaps(groupOf, groups, coverage);
    }

    private readonly record struct SketchedArticle(int Doc, ushort Districts, short Year, uint[] Sketch);

    private static List<SketchedArticle> LiveArticles(IndexReader reader)
    {
        var articles = new List<SketchedArticle>();
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var facts = SegmentFacts.Of(segment);
            var sketches = SegmentSketches.Of(segment);
            var live = segment.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (sketches[doc].Length > 0 && (live is null || live.Get(doc)))
                    articles.Add(new SketchedArticle(leaf.DocBase + doc, facts.DistrictMasks[doc], facts.Years[doc], sketches[doc]));
            }
        }
        return articles;
    }

    /// <summary>
    /// Pairs of articles (indexes into <paramref name="articles"/>, the smaller in the high half)
    /// with a district and year in common and a value of their sketches that few such articles
    /// hold, each with how many such values they share.
    /// </summary>
    private static Dictionary<long, int> Candidates(List<SketchedArticle> articles)
    {
        var buckets = new Dictionary<(int District, short Year), List<int>>();
        for (var i = 0; i < articles.Count; i++)
        {
            var districts = articles[i].Districts;
            if (districts == 0)
                Bucket(buckets, (-1, articles[i].Year)).Add(i);
            for (var bits = (uint)districts; bits != 0; bits &= bits - 1)
                Bucket(buckets, (System.Numerics.BitOperations.TrailingZeroCount(bits), articles[i].Year)).Add(i);
        }

        var pairs = new Dictionary<long, int>();
        var inBucket = new Dictionary<long, int>();
        foreach (var members in buckets.Values.Where(members => members.Count > 1))
        {
            // Every (value, article) of the bucket, sorted: a run of one value is the articles holding it.
            var entries = new List<ulong>();
            foreach (var member in members)
            {
                foreach (var value in articles[member].Sketch)
                    entries.Add(((ulong)value << 32) | (uint)member);
            }
            entries.Sort();
            inBucket.Clear();
            for (var start = 0; start < entries.Count;)
            {
                var end = start + 1;
                while (end < entries.Count && entries[end] >> 32 == entries[start] >> 32)
                    end++;
                if (end - start <= MaxHolders)
                {
                    for (var i = start; i < end; i++)
                    {
                        for (var j = i + 1; j < end; j++)
                        {
                            var key = ((long)(uint)entries[i] << 32) | (uint)entries[j];
                            inBucket[key] = inBucket.GetValueOrDefault(key) + 1;
                        }
                    }
                }
                start = end;
            }
            // An article of several districts sits in several buckets: a pair counts as in the bucket where it shares most.
            foreach (var (key, shared) in inBucket)
                pairs[key] = Math.Max(pairs.GetValueOrDefault(key), shared);
        }
        return pairs;
    }

    private static List<int> Bucket(Dictionary<(int, short), List<int>> buckets, (int, short) key)
    {
        if (!buckets.TryGetValue(key, out var members))
            buckets[key] = members = [];
        return members;
    }

    /// <summary>Sets of articles joined pair by pair (copies of copies are copies).</summary>
    private sealed class UnionFind(int count)
    {
        private readonly int[] _parent = [.. Enumerable.Range(0, count)];

        public int Find(int item)
        {
            while (_parent[item] != item)
                item = _parent[item] = _parent[_parent[item]];
            return item;
        }

        public void Join(int a, int b) => _parent[Find(a)] = Find(b);
    }
}
