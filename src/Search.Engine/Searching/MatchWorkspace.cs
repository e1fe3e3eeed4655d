namespace Search.Engine.Searching;

/// <summary>
/// What one query has found out about each document, in one array indexed by doc id, reused by the
/// next query on the same thread and reset through the list of documents the query touched, so a
/// query costs no allocation proportional to the index size. One struct per doc rather than one
/// array per fact: a posting then costs one cache line, not five.
/// </summary>
internal sealed class MatchWorkspace
{
    [ThreadStatic]
    private static MatchWorkspace? _current;

    private readonly DocMatch[] _docs;
    private readonly int[] _touched;

    private MatchWorkspace(int size)
    {
        _docs = new DocMatch[size];
        _touched = new int[size];
    }

    /// <summary>How many docs <see cref="Touch"/> has listed.</summary>
    public int TouchedCount { get; private set; }

    /// <summary>The docs this query has touched, in the order it first touched them.</summary>
    public ReadOnlySpan<int> Touched => _touched.AsSpan(0, TouchedCount);

    /// <summary>One term's exact occurrences in one field, reused from term to term.</summary>
    public List<(int Doc, int Count)> Occurrences { get; } = [];

    /// <summary>The doc's state, listed for reset the first time the query touches it.</summary>
    public ref DocMatch Touch(int doc)
    {
        ref var match = ref _docs[doc];
        if (!match.Listed)
        {
            match.Listed = true;
            _touched[TouchedCount++] = doc;
        }
        return ref match;
    }

    /// <summary>The doc's state, read-only: untouched docs read as all zero.</summary>
    public ref readonly DocMatch this[int doc] => ref _docs[doc];

    public static MatchWorkspace Rent(int size)
    {
        var workspace = _current is { } cached && cached._docs.Length == size ? cached : new MatchWorkspace(size);
        _current = null;
        return workspace;
    }

    public void Return()
    {
        foreach (var doc in Touched)
            _docs[doc] = default;
        TouchedCount = 0;
        Occurrences.Clear();
        _current = this;
    }
}

/// <summary>One document's state during a query.</summary>
internal struct DocMatch
{
    public double Score;

    /// <summary>Bit g set when the doc matches group g.</summary>
    public uint Matched;

    /// <summary>Bit g set when the doc contains a term of group g exactly.</summary>
    public uint Exact;

    /// <summary>The last (term, word) key counted, so a word found in two fields counts once.</summary>
    public int WordKey;

    /// <summary>The term <see cref="WordCount"/> counts words of.</summary>
    public int WordCountTerm;

    /// <summary>How many distinct words of term <see cref="WordCountTerm"/> the doc contains.</summary>
    public int WordCount;

    public bool Excluded;

    /// <summary>In the touched list, to be reset when the query ends.</summary>
    public bool Listed;
}
