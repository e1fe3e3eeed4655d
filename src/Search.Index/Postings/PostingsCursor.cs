using System.Runtime.InteropServices;

namespace Search.Index.Postings;

/// <summary>
/// Reads a term's postings forward: <see cref="Next"/> moves to the next doc, <see cref="Advance"/>
/// skips to the first doc at or after a target, <see cref="Positions"/> are the current doc's
/// positions, read in place. Stepping from doc to doc never touches positions (see <see cref="PostingsEncoder"/>).
/// </summary>
internal struct PostingsCursor
{
    public const int Exhausted = int.MaxValue;

    private readonly byte[] _bytes;
    private readonly int _end;
    private readonly bool _hasPositions;
    private int _at;
    private bool _widePositions;

    public PostingsCursor(byte[] bytes, bool hasPositions)
        : this(bytes, 0, bytes.Length, hasPositions)
    {
    }

    /// <summary>A cursor over the postings stored at bytes[start..start+length); <paramref name="hasPositions"/> says how they were written.</summary>
    public PostingsCursor(byte[] bytes, int start, int length, bool hasPositions)
    {
        _bytes = bytes;
        _at = start;
        _end = start + length;
        _hasPositions = hasPositions;
        Doc = -1;
    }

    public int Doc { get; private set; }

    public int Frequency { get; private set; }

    public int Next()
    {
        if (_at >= _end)
            return Doc = Exhausted;
        Doc += (int)VarInt.Read(_bytes, ref _at);
        var frequency = VarInt.Read(_bytes, ref _at);
        if (!_hasPositions)
        {
            Frequency = (int)frequency;
            return Doc;
        }
        Frequency = (int)(frequency >> 1);
        _widePositions = (frequency & 1) != 0;
        _at += Frequency << (_widePositions ? 2 : 1);
        return Doc;
    }

    public int Advance(int target)
    {
        while (Doc < target)
            Next();
        return Doc;
    }

    /// <summary>The current doc's positions, in increasing order.</summary>
    public readonly PositionList Positions
    {
        get
        {
            var length = Frequency << (_widePositions ? 2 : 1);
            return new PositionList(_bytes.AsSpan(_at - length, length), _widePositions);
        }
    }
}

/// <summary>One doc's positions of a term, as stored: 16-bit or 32-bit little-endian numbers.</summary>
internal readonly ref struct PositionList
{
    private readonly ReadOnlySpan<ushort> _narrow;
    private readonly ReadOnlySpan<int> _wide;
    private readonly bool _isWide;

    public PositionList(ReadOnlySpan<byte> bytes, bool wide)
    {
        if (!BitConverter.IsLittleEndian)
            throw new PlatformNotSupportedException("the index stores positions little-endian");
        _isWide = wide;
        if (wide)
            _wide = MemoryMarshal.Cast<byte, int>(bytes);
        else
            _narrow = MemoryMarshal.Cast<byte, ushort>(bytes);
    }

    public int Count => _isWide ? _wide.Length : _narrow.Length;

    public int this[int index] => _isWide ? _wide[index] : _narrow[index];

    /// <summary>The index of the first position at or after <paramref name="from"/> that is ≥ <paramref name="target"/>, or <see cref="Count"/>.</summary>
    public int LowerBound(int target, int from)
    {
        int low = from, high = Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (this[middle] < target)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }
}
