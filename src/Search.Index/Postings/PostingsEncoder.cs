namespace Search.Index.Postings;

/// <summary>
/// Builds one term's postings in increasing doc order. For each doc: the gap from the previous doc
/// id and the term frequency; then, when positions are kept, the byte length of the doc's positions
/// followed by the gaps between them. The length lets a reader step over positions it does not need
/// — a phrase's common bigram is advanced past thousands of docs — without decoding them.
/// </summary>
internal sealed class PostingsEncoder(bool withPositions)
{
    private readonly ByteBuffer _bytes = new();
    private readonly ByteBuffer? _docPositions = withPositions ? new ByteBuffer() : null;
    private int _previousDoc = -1;
    private int _currentDoc = -1;
    private int _lastPosition;
    private int _frequency;

    public int DocumentFrequency { get; private set; }

    /// <summary>Records one occurrence; docs must arrive in increasing order, positions increasing within a doc.</summary>
    public void Add(int doc, int position)
    {
        if (doc != _currentDoc)
        {
            FinishDoc();
            _currentDoc = doc;
            _lastPosition = 0;
            DocumentFrequency++;
        }
        _frequency++;
        if (_docPositions is not null)
        {
            _docPositions.WriteVarInt((uint)(position - _lastPosition));
            _lastPosition = position;
        }
    }

    public byte[] ToArray()
    {
        FinishDoc();
        return _bytes.ToArray();
    }

    /// <summary>
    /// Appends these postings to <paramref name="output"/>, which ends with doc
    /// <paramref name="previousDoc"/> (-1 when empty): the first doc's gap is re-based on it, the
    /// rest is copied as it is. Joins postings built over consecutive doc ranges.
    /// </summary>
    public void AppendTo(ByteBuffer output, ref int previousDoc)
    {
        FinishDoc();
        if (DocumentFrequency == 0)
            return;
        var bytes = _bytes.Span;
        var at = 0;
        var firstDoc = (int)VarInt.Read(bytes, ref at) - 1; // written as the gap from -1
        if (firstDoc <= previousDoc)
            throw new InvalidOperationException($"postings must be appended in doc order: doc {firstDoc} after {previousDoc}");
        output.WriteVarInt((uint)(firstDoc - previousDoc));
        output.Write(bytes[at..]);
        previousDoc = _previousDoc;
    }

    private void FinishDoc()
    {
        if (_frequency == 0)
            return;
        _bytes.WriteVarInt((uint)(_currentDoc - _previousDoc));
        _bytes.WriteVarInt((uint)_frequency);
        if (_docPositions is not null)
        {
            _bytes.WriteVarInt((uint)_docPositions.Length);
            _bytes.Write(_docPositions.Span);
            _docPositions.Clear();
        }
        _previousDoc = _currentDoc;
        _frequency = 0;
    }
}
