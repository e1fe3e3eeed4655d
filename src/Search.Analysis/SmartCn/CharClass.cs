namespace Search.Analysis.SmartCn;

/// <summary>How the segmenter sees one UTF-16 unit (spec §3); surrogate halves are OTHER, one by one.</summary>
internal enum CharClass : byte
{
    Hanzi,
    Letter,
    Digit,
    SpaceLike,
    Delimiter,
    FullWidthLetter,
    FullWidthDigit,
    Other,
}

internal static class CharClasses
{
    private static readonly CharClass[] Table = Build();

    public static CharClass Of(char c) => Table[c];

    private static CharClass[] Build()
    {
        var table = new CharClass[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
            table[c] = Classify((char)c);
        return table;
    }

    /// <summary>The first matching row wins; the ranges are SmartCn's own, not Unicode's notion of a letter.</summary>
    private static CharClass Classify(char c) => c switch
    {
        >= '\u4E00' and <= '\u9FA5' => CharClass.Hanzi,
        (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') => CharClass.Letter,
        >= '0' and <= '9' => CharClass.Digit,
        ' ' or '\t' or '\r' or '\n' or '\u3000' => CharClass.SpaceLike,
        (>= '\u0021' and <= '\u00BB') or (>= '\u2010' and <= '\u2642') or (>= '\u3001' and <= '\u301E') => CharClass.Delimiter,
        (>= '\uFF21' and <= '\uFF3A') or (>= '\uFF41' and <= '\uFF5A') => CharClass.FullWidthLetter,
        >= '\uFF10' and <= '\uFF19' => CharClass.FullWidthDigit,
        >= '\uFE30' and <= '\uFF63' => CharClass.Delimiter,
        _ => CharClass.Other,
    };
}
