namespace Search.Index.Postings;

/// <summary>
/// A growable byte array written at the end: what a <see cref="List{T}"/> of bytes does, without a
/// bounds-checked call per byte, and with a cheap <see cref="Clear"/> that keeps the capacity.
/// </summary>
internal sealed class ByteBuffer(int capacity = 16)
{
    private byte[] _bytes = new byte[capacity];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => _bytes.AsSpan(0, Length);

    /// <summary>LEB128: seven bits per byte, low bits first, the high bit set on all bytes but the last.</summary>
    public void WriteVarInt(uint value)
    {
        EnsureRoom(5);
        while (value >= 0x80)
        {
            _bytes[Length++] = (byte)(value | 0x80);
            value >>= 7;
        }
        _bytes[Length++] = (byte)value;
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        EnsureRoom(bytes.Length);
        bytes.CopyTo(_bytes.AsSpan(Length));
        Length += bytes.Length;
    }

    /// <summary>Appends <paramref name="count"/> bytes for the caller to fill in.</summary>
    public Span<byte> Reserve(int count)
    {
        EnsureRoom(count);
        Length += count;
        return _bytes.AsSpan(Length - count, count);
    }

    public void Clear() => Length = 0;

    public byte[] ToArray() => Span.ToArray();

    private void EnsureRoom(int more)
    {
        if (Length + more > _bytes.Length)
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + more));
    }
}
