namespace Search.Engine.Searching;

/// <summary>
/// Per-document scratch arrays for one query, reused by the next query on the same thread and reset
/// through the list of documents the query touched, so a query costs no allocation proportional to
/// the index size.
/// </summary>
internal sealed class MatchWorkspace
{
    [ThreadStatic]
    private static MatchWorkspace? _current;

    private MatchWorkspace(int size)
    {
        Matched = new uint[size];
        Exact = new uint[size];
        Score = new double[size];
        WordCount = new int[size];
        WordCountTerm = new int[size];
        WordSeen = new int[size];
        Excluded = new bool[size];
    }

    /// <summary>Bit g set when the doc matches group g.</summary>
    public uint[] Matched { get; }

    /// <summary>Bit g set when the doc contains a term of group g exactly.</summary>
    public uint[] Exact { get; }

    public double[] Score { get; }

    /// <summary>How many distinct words of term <see cref="WordCountTerm"/> the doc contains.</summary>
    public int[] WordCount { get; }
    public int[] WordCountTerm { get; }

    /// <summary>The last (term, word) key counted for the doc, so a word in two fields counts once.</summary>
    public int[] WordSeen { get; }

    public bool[] Excluded { get; }

    /// <summary>Docs whose <see cref="Matched"/>, <see cref="Exact"/> or <see cref="Score"/> were set.</summary>
    public List<int> Touched { get; } = [];

    /// <summary>Docs touched while counting words or marking exclusions.</summary>
    public List<int> Marked { get; } = [];

    /// <summary>One term's exact occurrences in one field, reused from term to term.</summary>
    public List<(int Doc, int Count)> Occurrences { get; } = [];

    public static MatchWorkspace Rent(int size)
    {
        var workspace = _current is { } cached && cached.Matched.Length == size ? cached : new MatchWorkspace(size);
        _current = null;
        return workspace;
    }

    public void Return()
    {
        foreach (var doc in Touched)
        {
            Matched[doc] = 0;
            Exact[doc] = 0;
            Score[doc] = 0;
        }
        foreach (var doc in Marked)
        {
            WordCount[doc] = 0;
            WordCountTerm[doc] = 0;
            WordSeen[doc] = 0;
            Excluded[doc] = false;
        }
        Touched.Clear();
        Marked.Clear();
        Occurrences.Clear();
        _current = this;
    }
}
