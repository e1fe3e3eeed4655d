namespace Search.Index.Postings;

/// <summary>Reads LEB128 variable-length unsigned integers, as <see cref="ByteBuffer.WriteVarInt"/> writes them.</summary>
internal static class VarInt
{
    public static uint Read(ReadOnlySpan<byte> input, ref int at)
    {
        uint b = input[at++];
        if (b < 0x80)
            return b; // gaps between docs and positions: almost always one byte
        var value = b & 0x7F;
        var shift = 7;
        while (true)
        {
            b = input[at++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80)
                return value;
            shift += 7;
        }
    }
}
