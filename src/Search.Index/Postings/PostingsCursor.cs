using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
            return new PositionList(_bytes.AsSpan(_at - length), Frequency, _widePositions);
        }
    }
}

/// <summary>
/// One doc's positions of a term, as stored: 16-bit or 32-bit little-endian numbers. The span
/// runs on past the last position to the end of the array the postings are stored in, so that
/// <see cref="Seek"/> may load a whole vector of narrow positions near the end of a list and
/// ignore the lanes beyond it.
/// </summary>
internal readonly ref struct PositionList
{
    private readonly ReadOnlySpan<ushort> _narrow;
    private readonly ReadOnlySpan<int> _wide;
    private readonly bool _isWide;

    /// <param name="bytes">The positions and, optionally, any bytes after them.</param>
    /// <param name="count">How many positions there are.</param>
    public PositionList(ReadOnlySpan<byte> bytes, int count, bool wide)
    {
        if (!BitConverter.IsLittleEndian)
            throw new PlatformNotSupportedException("the index stores positions little-endian");
        _isWide = wide;
        Count = count;
        if (wide)
            _wide = MemoryMarshal.Cast<byte, int>(bytes)[..count];
        else
            _narrow = MemoryMarshal.Cast<byte, ushort>(bytes);
    }

    public int Count { get; }

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

    /// <summary>
    /// Whether <paramref name="target"/> is among the positions from index <paramref name="from"/>
    /// on; <paramref name="from"/> moves to the first position ≥ <paramref name="target"/>, so
    /// increasing targets take one pass over the list between them. Phrase matching asks this of
    /// short lists millions of times a second: narrow positions are compared eight at a time,
    /// without the unpredictable branch of a merge.
    /// </summary>
    public bool Seek(int target, ref int from)
    {
        if (_isWide || target > ushort.MaxValue || !Vector128.IsHardwareAccelerated)
            return SeekOneByOne(target, ref from);
        var wanted = Vector128.Create((ushort)target);
        while (from < Count)
        {
            if (from + Vector128<ushort>.Count > _narrow.Length) // too near the end of the postings for a whole vector
                return SeekOneByOne(target, ref from);
            var lanes = Vector128.Create(_narrow.Slice(from, Vector128<ushort>.Count));
            var inList = Count - from >= Vector128<ushort>.Count ? 0xFFu : (1u << (Count - from)) - 1;
            var below = Vector128.LessThan(lanes, wanted).ExtractMostSignificantBits() & inList;
            var equal = Vector128.Equals(lanes, wanted).ExtractMostSignificantBits() & inList;
            from += BitOperations.PopCount(below); // sorted: the positions below the target are a prefix
            if (below != 0xFFu)
                return equal != 0;
        }
        return false;
    }

    private bool SeekOneByOne(int target, ref int from)
    {
        while (from < Count && this[from] < target)
            from++;
        return from < Count && this[from] == target;
    }
}
