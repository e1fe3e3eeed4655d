using System.Text;

namespace Search.Analysis.Recall;

/// <summary>
/// The segmentation-independent representation: every character of the text that is not white space
/// is a token of its own, at consecutive positions, with full-width ASCII folded and Latin letters
/// lower-cased. Whatever SmartCn made of a string, the string is found as the phrase of its
/// characters. A surrogate pair is one character; white space leaves no gap, so a phrase may run
/// across a line break, as the sentence a newspaper broke there does.
/// </summary>
public static class CharacterTokenizer
{
    public static void Analyze(ReadOnlySpan<char> text, TokenHandler handler)
    {
        Span<char> term = stackalloc char[2];
        var position = 0;
        for (var i = 0; i < text.Length;)
        {
            var length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            if (length == 1 && CharacterFolding.IsSkipped(text[i]))
            {
                i++;
                continue;
            }
            term[0] = CharacterFolding.Fold(text[i]);
            if (length == 2)
                term[1] = text[i + 1];
            handler(term[..length], i, i + length, position++);
            i += length;
        }
    }

    /// <summary>The same folding applied to a query string, so that it can be matched as characters.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        Analyze(text, (term, _, _, _) => builder.Append(term));
        return builder.ToString();
    }
}
