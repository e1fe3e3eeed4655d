namespace Search.Index.Postings;

/// <summary>
/// Reads a term's postings forward: <see cref="Next"/> moves to the next doc, <see cref="Advance"/>
/// skips to the first doc at or after a target, <see cref="NextPosition"/> reads the doc's positions.
/// Positions not read are jumped over, not decoded (see <see cref="PostingsEncoder"/>).
/// </summary>
internal struct PostingsCursor
{
    public const int Exhausted = int.MaxValue;

    private readonly byte[] _bytes;
    private readonly int _end;
    private readonly bool _hasPositions;
    private int _at;
    private int _nextDocAt;
    private int _position;

    public PostingsCursor(byte[] bytes, bool hasPositions)
        : this(bytes, 0, bytes.Length, hasPositions)
    {
    }

    /// <summary>A cursor over the postings stored at bytes[start..start+length); <paramref name="hasPositions"/> says how they were written.</summary>
    public PostingsCursor(byte[] bytes, int start, int length, bool hasPositions)
    {
        _bytes = bytes;
        _nextDocAt = start;
        _end = start + length;
        _hasPositions = hasPositions;
        Doc = -1;
    }

    public int Doc { get; private set; }

    public int Frequency { get; private set; }

    public int Next()
    {
        _at = _nextDocAt;
        if (_at >= _end)
            return Doc = Exhausted;
        Doc += (int)VarInt.Read(_bytes, ref _at);
        Frequency = (int)VarInt.Read(_bytes, ref _at);
        _nextDocAt = _hasPositions ? (int)VarInt.Read(_bytes, ref _at) + _at : _at;
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
    public int NextPosition() => _position += (int)VarInt.Read(_bytes, ref _at);
}
