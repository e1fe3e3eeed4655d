namespace Search.Analysis.SmartCn.Dictionaries;

/// <summary>
/// The hash SmartCn keys bigrams by: FNV-1 over the little-endian bytes of the UTF-16 units of
/// "first@second", with no final mixing. It is built up unit by unit, so a pair key is hashed
/// without ever being put together as a string.
/// </summary>
public static class PairHash
{
    public const long Seed = unchecked((long)0xCBF29CE484222325UL);
    public const char Separator = '@';
    private const long Prime = 1099511628211L;

    public static long Add(long hash, char unit)
    {
        unchecked
        {
            hash = (hash ^ (unit & 0xFF)) * Prime;
            return (hash ^ (unit >> 8)) * Prime;
        }
    }

    public static long Add(long hash, ReadOnlySpan<char> units)
    {
        foreach (var unit in units)
            hash = Add(hash, unit);
        return hash;
    }

    public static long Of(ReadOnlySpan<char> key) => Add(Seed, key);
}
