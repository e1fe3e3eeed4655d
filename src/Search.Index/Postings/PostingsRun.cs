namespace Search.Index.Postings;

/// <summary>
/// Terms in increasing order, each with its postings, document frequency and last doc: what
/// inverting one batch of docs yields. Postings are written to <see cref="Bytes"/> term after term,
/// each closed by <see cref="EndTerm"/>; the first doc of each is written as its gap from -1, so
/// runs over consecutive docs can be joined term by term (see <c>PostingsMerger</c>).
/// </summary>
internal sealed class PostingsRun<TKey>
{
    private readonly List<TKey> _terms = [];
    private readonly List<int> _documentFrequencies = [];
    private readonly List<int> _lastDocs = [];
    private readonly List<int> _ends = [];

    public ByteBuffer Bytes { get; } = new(1 << 12);

    public int Count => _terms.Count;

    public TKey Term(int index) => _terms[index];

    public int DocumentFrequency(int index) => _documentFrequencies[index];

    public int LastDoc(int index) => _lastDocs[index];

    public ReadOnlySpan<byte> Postings(int index)
    {
        var start = index == 0 ? 0 : _ends[index - 1];
        return Bytes.Span[start.._ends[index]];
    }

    /// <summary>Closes the term whose postings were written since the last call; terms must come in increasing order.</summary>
    public void EndTerm(TKey term, int documentFrequency, int lastDoc)
    {
        _terms.Add(term);
        _documentFrequencies.Add(documentFrequency);
        _lastDocs.Add(lastDoc);
        _ends.Add(Bytes.Length);
    }
}
