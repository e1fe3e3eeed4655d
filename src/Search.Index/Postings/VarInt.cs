namespace Search.Index.Postings;

/// <summary>LEB128 variable-length unsigned integers: small numbers (gaps between doc ids, positions) take one byte.</summary>
internal static class VarInt
{
    public static void Write(List<byte> output, uint value)
    {
        while (value >= 0x80)
        {
            output.Add((byte)(value | 0x80));
            value >>= 7;
        }
        output.Add((byte)value);
    }

    public static uint Read(ReadOnlySpan<byte> input, ref int at)
    {
        uint value = 0;
        var shift = 0;
        while (true)
        {
            var b = input[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
                return value;
            shift += 7;
        }
    }
}
