namespace Search.Analysis.SmartCn.Dictionaries;

/// <summary>
/// SmartCn's core dictionary: 85,607 words with frequencies, grouped in rows by their first character.
/// A row holds the words' remaining characters ("suffixes") sorted ordinally, so the words sharing a
/// prefix form one contiguous range: the segmenter narrows that range one character at a time
/// (<see cref="Narrow"/>) instead of building strings to look them up.
/// </summary>
public sealed class WordDictionary
{
    internal const string Magic = "SCWD";

    private readonly ushort[] _rowOf;      // character → row + 1; 0 means the character has no row
    private readonly int[] _rowStart;      // row → its first entry; row r spans [_rowStart[r], _rowStart[r + 1])
    private readonly int[] _suffixStart;   // entry → its suffix's first unit in _suffixes
    private readonly int[] _frequency;     // entry → frequency
    private readonly char[] _suffixes;

    internal WordDictionary(char[] rowChars, int[] rowStart, int[] suffixStart, int[] frequency, char[] suffixes)
    {
        _rowOf = new ushort[char.MaxValue + 1];
        for (var row = 0; row < rowChars.Length; row++)
            _rowOf[rowChars[row]] = checked((ushort)(row + 1));
        _rowStart = rowStart;
        _suffixStart = suffixStart;
        _frequency = frequency;
        _suffixes = suffixes;
    }

    public int WordCount => _frequency.Length;

    /// <summary>The entries of words beginning with <paramref name="first"/>: an empty range if it has no row.</summary>
    public EntryRange Row(char first)
    {
        var row = _rowOf[first] - 1;
        return row < 0 ? default : new EntryRange(_rowStart[row], _rowStart[row + 1], 0);
    }

    /// <summary>
    /// Of the words in <paramref name="range"/> (which all share a prefix of <see cref="EntryRange.Depth"/>
    /// characters after the first), those whose next character is <paramref name="next"/>.
    /// </summary>
    public EntryRange Narrow(EntryRange range, char next)
    {
        var depth = range.Depth;
        var low = Partition(range.Start, range.End, depth, next, includeEqual: false);
        var high = Partition(low, range.End, depth, next, includeEqual: true);
        return new EntryRange(low, high, depth + 1);
    }

    /// <summary>The frequency of the word the range's prefix spells, or null if that prefix is not itself a word.</summary>
    public int? WordFrequency(EntryRange range) =>
        !range.IsEmpty && SuffixLength(range.Start) == range.Depth ? _frequency[range.Start] : null;

    /// <summary>The dictionary frequency of a whole word (0 when absent), as SmartCn looks it up.</summary>
    public int Frequency(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
            return 0;
        var range = Row(word[0]);
        for (var i = 1; i < word.Length && !range.IsEmpty; i++)
            range = Narrow(range, word[i]);
        return WordFrequency(range) ?? 0;
    }

    private int SuffixLength(int entry) => _suffixStart[entry + 1] - _suffixStart[entry];

    /// <summary>
    /// The first entry in [start, end) that sorts after <paramref name="unit"/> at <paramref name="depth"/>
    /// (or after or with it, when not <paramref name="includeEqual"/>). Entries too short to have a unit
    /// at that depth sort before all others, as prefixes do.
    /// </summary>
    private int Partition(int start, int end, int depth, char unit, bool includeEqual)
    {
        while (start < end)
        {
            var middle = (start + end) >>> 1;
            var below = SuffixLength(middle) <= depth || _suffixes[_suffixStart[middle] + depth] is var u && (u < unit || (includeEqual && u == unit));
            if (below)
                start = middle + 1;
            else
                end = middle;
        }
        return start;
    }

    public static WordDictionary Read(Stream stream)
    {
        using var reader = new BinaryReader(stream);
        BinaryArrays.ReadHeader(reader, Magic);
        return new WordDictionary(
            BinaryArrays.Read<char>(reader), BinaryArrays.Read<int>(reader), BinaryArrays.Read<int>(reader),
            BinaryArrays.Read<int>(reader), BinaryArrays.Read<char>(reader));
    }

    /// <summary>Writes words grouped by first character, each group sorted ordinally by suffix.</summary>
    internal static void Write(Stream stream, IEnumerable<(string Word, int Frequency)> words)
    {
        var rows = words
            .GroupBy(word => word.Word[0])
            .OrderBy(group => group.Key)
            .Select(group => (First: group.Key, Entries: group.OrderBy(w => w.Word, StringComparer.Ordinal).ToList()))
            .ToList();

        var rowChars = rows.Select(row => row.First).ToArray();
        var rowStart = new List<int> { 0 };
        var suffixStart = new List<int> { 0 };
        var frequency = new List<int>();
        var suffixes = new List<char>();
        foreach (var (_, entries) in rows)
        {
            foreach (var (word, wordFrequency) in entries)
            {
                suffixes.AddRange(word.AsSpan(1));
                suffixStart.Add(suffixes.Count);
                frequency.Add(wordFrequency);
            }
            rowStart.Add(frequency.Count);
        }

        using var writer = new BinaryWriter(stream);
        BinaryArrays.WriteHeader(writer, Magic);
        BinaryArrays.Write<char>(writer, rowChars);
        BinaryArrays.Write<int>(writer, rowStart.ToArray());
        BinaryArrays.Write<int>(writer, suffixStart.ToArray());
        BinaryArrays.Write<int>(writer, frequency.ToArray());
        BinaryArrays.Write<char>(writer, suffixes.ToArray());
    }

    /// <summary>
    /// A contiguous run of entries sharing the same first <see cref="Depth"/> suffix characters. The
    /// default value is empty.
    /// </summary>
    public readonly record struct EntryRange(int Start, int End, int Depth)
    {
        public bool IsEmpty => Start >= End;
    }
}
