namespace Search.Analysis.Recall;

/// <summary>
/// How the recall representation normalises single characters. Matching, highlighting and the
/// numbers filter must fold alike, or what is found would not be what is marked: this is the one
/// place that says how.
/// </summary>
public static class CharacterFolding
{
    /// <summary>Full-width ASCII (U+FF01–U+FF5E) to ASCII, then Latin upper case to lower case.</summary>
    public static char Fold(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E')
            c = (char)(c - 0xFEE0);
        return c is >= 'A' and <= 'Z' ? (char)(c + 0x20) : c;
    }

    /// <summary>White space and control characters are not part of the text a user searches for.</summary>
    /// <remarks>
    /// Every white space and control character lies at or below U+3000 (the ideographic space), and
    /// nearly every character of Chinese text lies above it: one comparison answers for those, where
    /// <see cref="char.IsWhiteSpace(char)"/> would look up the Unicode category of each.
    /// </remarks>
    public static bool IsSkipped(char c) => c <= '\u3000' && (char.IsWhiteSpace(c) || (char.IsControl(c) && !char.IsSurrogate(c)));

    /// <summary>A string as the recall representation sees it: skipped characters out, the rest folded.</summary>
    public static string Normalize(string text) => string.Create(text.Count(c => !IsSkipped(c)), text, static (normalized, source) =>
    {
        var at = 0;
        foreach (var c in source)
        {
            if (!IsSkipped(c))
                normalized[at++] = Fold(c);
        }
    });
}
