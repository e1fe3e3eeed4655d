namespace Search.Analysis.SmartCn.Dictionaries;

/// <summary>
/// SmartCn's bigram dictionary: how often word pair "a@b" occurs, keyed by a 64-bit hash of the pair.
/// Lucene stores only the hash, so pairs with equal hashes share a frequency; keying on the hash
/// reproduces that exactly. Held in an open-addressing table sized to a power of two for one or two
/// probes per lookup, behind a presence filter: about four lookups in five are for pairs the
/// dictionary lacks, and the filter, 512 KB against the table's 12 MB, answers most of those from
/// the cache.
/// </summary>
public sealed class BigramDictionary
{
    internal const string Magic = "SCBG";

    private readonly long[] _keys;
    private readonly int[] _frequencies;
    private readonly int _mask;
    private readonly ulong[] _present = new ulong[1 << (FilterBits - 6)]; // one bit per filter slot, set where a key falls

    private const int FilterBits = 22;

    internal BigramDictionary(long[] keys, int[] frequencies)
    {
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _keys = new long[size];
        _frequencies = new int[size];
        _mask = size - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            var slot = SlotOf(keys[i]);
            _keys[slot] = keys[i];
            _frequencies[slot] = frequencies[i];
            var bit = FilterBitOf(keys[i]);
            _present[bit >> 6] |= 1UL << bit;
        }
        Count = keys.Length;
    }

    public int Count { get; }

    /// <summary>The pair frequency for a key hash from <see cref="PairHash"/>; 0 when the pair is unknown.</summary>
    public int Frequency(long pairHash)
    {
        var bit = FilterBitOf(pairHash);
        if ((_present[bit >> 6] & 1UL << bit) == 0)
            return 0;
        var slot = SlotOf(pairHash);
        return _keys[slot] == pairHash ? _frequencies[slot] : 0;
    }

    /// <summary>A multiplier other than the table's, so that keys sharing a slot rarely share a filter bit.</summary>
    private static int FilterBitOf(long key) => (int)((ulong)key * 0xD6E8FEB86659FD93UL >> (64 - FilterBits));

    /// <summary>The slot holding <paramref name="key"/>, or the empty slot where it would go (0 marks empty; no real hash is 0).</summary>
    private int SlotOf(long key)
    {
        var slot = (int)((ulong)key * 0x9E3779B97F4A7C15UL >> 40) & _mask;
        while (_keys[slot] != 0 && _keys[slot] != key)
            slot = (slot + 1) & _mask;
        return slot;
    }

    public static BigramDictionary Read(Stream stream)
    {
        using var reader = new BinaryReader(stream);
        BinaryArrays.ReadHeader(reader, Magic);
        return new BigramDictionary(BinaryArrays.Read<long>(reader), BinaryArrays.Read<int>(reader));
    }

    internal static void Write(Stream stream, IEnumerable<(long Hash, int Frequency)> pairs)
    {
        var sorted = pairs.OrderBy(pair => pair.Hash).ToList();
        using var writer = new BinaryWriter(stream);
        BinaryArrays.WriteHeader(writer, Magic);
        BinaryArrays.Write<long>(writer, sorted.Select(pair => pair.Hash).ToArray());
        BinaryArrays.Write<int>(writer, sorted.Select(pair => pair.Frequency).ToArray());
    }
}
