namespace Search.Index.Postings;

/// <summary>
/// Reads a term's postings forward: <see cref="Next"/> moves to the next doc, <see cref="Advance"/>
/// skips to the first doc at or after a target, <see cref="NextPosition"/> reads the doc's positions.
/// </summary>
internal struct PostingsCursor
{
    public const int Exhausted = int.MaxValue;

    private readonly byte[] _bytes;
    private readonly int _end;
    private readonly bool _withPositions;
    private int _at;
    private int _positionsLeft;
    private int _position;

    public PostingsCursor(byte[] bytes, bool withPositions)
        : this(bytes, 0, bytes.Length, withPositions)
    {
    }

    /// <summary>A cursor over the postings stored at bytes[start..start+length).</summary>
    public PostingsCursor(byte[] bytes, int start, int length, bool withPositions)
    {
        _bytes = bytes;
        _at = start;
        _end = start + length;
        _withPositions = withPositions;
        Doc = -1;
    }

    public int Doc { get; private set; }

    public int Frequency { get; private set; }

    public int Next()
    {
        SkipPositions();
        if (_at >= _end)
            return Doc = Exhausted;
        Doc += (int)VarInt.Read(_bytes, ref _at);
        Frequency = (int)VarInt.Read(_bytes, ref _at);
        _positionsLeft = _withPositions ? Frequency : 0;
        _position = 0;
        return Doc;
    }

    public int Advance(int target)
    {
        while (Doc < target)
            Next();
        return Doc;
    }

    /// <summary>The doc's next position; call at most <see cref="Frequency"/> times per doc.</summary>
    public int NextPosition()
    {
        _positionsLeft--;
        return _position += (int)VarInt.Read(_bytes, ref _at);
    }

    private void SkipPositions()
    {
        for (; _positionsLeft > 0; _positionsLeft--)
            VarInt.Read(_bytes, ref _at);
    }
}
