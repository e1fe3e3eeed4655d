namespace Search.Index.Postings;

/// <summary>
/// Builds one term's postings in increasing doc order: for each doc, the gap from the previous doc
/// id and the term frequency, then, when positions are kept, the gaps between the term's positions.
/// </summary>
internal sealed class PostingsEncoder(bool withPositions)
{
    private readonly List<byte> _bytes = [];
    private readonly List<byte> _docPositions = [];
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
        if (withPositions)
        {
            VarInt.Write(_docPositions, (uint)(position - _lastPosition));
            _lastPosition = position;
        }
    }

    public byte[] ToArray()
    {
        FinishDoc();
        return [.. _bytes];
    }

    private void FinishDoc()
    {
        if (_frequency == 0)
            return;
        VarInt.Write(_bytes, (uint)(_currentDoc - _previousDoc));
        VarInt.Write(_bytes, (uint)_frequency);
        _bytes.AddRange(_docPositions);
        _docPositions.Clear();
        _previousDoc = _currentDoc;
        _frequency = 0;
    }
}
