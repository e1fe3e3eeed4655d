using System.Numerics;

namespace Search.Index.Building;

/// <summary>
/// Up to four UTF-16 units — a character or a pair of them — packed into a number, first unit in
/// the high bits. No unit is U+0000 (the recall representation skips control characters), so the
/// packing is one-to-one and numbers order as their strings do by ordinal comparison.
/// </summary>
internal static class PackedUnits
{
    public static ulong Of(ReadOnlySpan<char> units)
    {
        var packed = 0ul;
        for (var i = 0; i < units.Length; i++)
            packed |= (ulong)units[i] << (48 - 16 * i);
        return packed;
    }

    /// <summary>The units of <paramref name="first"/> followed by those of <paramref name="second"/>; four at most in all.</summary>
    public static ulong Concat(ulong first, ulong second) => first | second >> (16 * Length(first));

    public static int Length(ulong packed) => packed == 0 ? 0 : 4 - BitOperations.TrailingZeroCount(packed) / 16;

    public static string Name(ulong packed)
    {
        Span<char> units = stackalloc char[4];
        var length = Length(packed);
        for (var i = 0; i < length; i++)
            units[i] = (char)(packed >> (48 - 16 * i));
        return units[..length].ToString();
    }
}
