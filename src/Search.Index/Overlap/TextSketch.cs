using Search.Analysis.Folding;

namespace Search.Index.Overlap;

/// <summary>
/// A text's fingerprint for telling how much of it another text repeats: the hashes of its
/// overlapping runs of <see cref="ShingleLength"/> letters and digits (punctuation, spaces, width,
/// case and traditional characters folded away, so a reprint set differently still matches), of
/// which only those whose hash falls in one <see cref="SampleRate"/>th of the range are kept.
/// Because the choice depends on the run itself, two texts keep the same runs of what they share,
/// and the shared part of two sketches estimates the shared part of the texts (Broder's
/// shingling with content-defined sampling). Sorted ascending, distinct, at most <see cref="MaxValues"/>.
/// </summary>
public static class TextSketch
{
    /// <summary>Eight characters: long enough that a run shared by two articles is quoted, not common wording.</summary>
    public const int ShingleLength = 8;

    /// <summary>One run in sixteen is kept: about 60 values for a 1,000-character article (51 for the shortest corpus article, 320 for the longest).</summary>
    public const int SampleRate = 16;

    /// <summary>
    /// At most this many values, the smallest (a bottom-k sketch, still a fair sample of the text):
    /// enough for 65,000 letters, more than the longest work report has, and a bound on what one
    /// article adds to the index and costs to compare, however long it is.
    /// </summary>
    public const int MaxValues = 4096;

    public static uint[] Of(string text)
    {
        var letters = Letters(text);
        if (letters.Length < ShingleLength)
            return [];
        var kept = new HashSet<uint>();
        for (var start = 0; start + ShingleLength <= letters.Length; start++)
        {
            var hash = Hash(letters.AsSpan(start, ShingleLength));
            if (hash % SampleRate == 0)
                kept.Add(hash);
        }
        var sketch = kept.ToArray();
        Array.Sort(sketch);
        return sketch.Length <= MaxValues ? sketch : sketch[..MaxValues];
    }

    /// <summary>
    /// A hash of the text's wording: its letters and digits, folded as the sketch folds them. Equal
    /// for the same text however it is printed — punctuation, spacing, line breaks, width, traditional
    /// characters — and, in practice, for nothing else (64 bits); 0 for a text too short to tell
    /// one article from another by (shorter than a run).
    /// </summary>
    public static long WordingHash(string text)
    {
        var letters = Letters(text);
        if (letters.Length < ShingleLength)
            return 0;
        var hash = 14695981039346656037ul;
        foreach (var c in letters)
        {
            hash = (hash ^ (c & 0xFFu)) * 1099511628211ul;
            hash = (hash ^ (uint)(c >> 8)) * 1099511628211ul;
        }
        return hash == 0 ? 1 : (long)hash;
    }

    /// <summary>A sketch value as the term it is indexed under: eight hex digits.</summary>
    public static string Term(uint value) => value.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);

    private static char[] Letters(string text)
    {
        var letters = new List<char>(text.Length);
        foreach (var c in text)
        {
            var folded = CharacterFolding.Default.Fold(c);
            if (char.IsLetterOrDigit(folded))
                letters.Add(folded);
        }
        return [.. letters];
    }

    /// <summary>FNV-1a over the UTF-16 units, then MurmurHash3's finaliser so the low bits (the sample) are well mixed; stable across runs and machines.</summary>
    private static uint Hash(ReadOnlySpan<char> run)
    {
        var hash = 2166136261u;
        foreach (var c in run)
        {
            hash = (hash ^ (c & 0xFFu)) * 16777619u;
            hash = (hash ^ (uint)(c >> 8)) * 16777619u;
        }
        hash ^= hash >> 16;
        hash *= 0x85EBCA6Bu;
        hash ^= hash >> 13;
        hash *= 0xC2B2AE35u;
        hash ^= hash >> 16;
        return hash;
    }
}
