using Search.Analysis.Recall;
using Search.Engine.Searching;

namespace Search.Engine.Highlighting;

/// <summary>
/// Where the query matched in one text. The text is folded as the recall representation folds it
/// (white space out, full-width folded, lower-cased) and searched for each term's exact text, or,
/// where the term is not there whole, for its words: the same evidence that matched the article.
/// Overlapping and touching matches merge, so a phrase found whole is one mark.
/// </summary>
internal static class MatchedText
{
    public readonly record struct Mark(int Start, int End, int Term);

    public static IReadOnlyList<Mark> Find(string text, IReadOnlyList<TermMatcher> terms)
    {
        if (terms.Count == 0 || text.Length == 0)
            return [];
        var (normalized, origins) = Fold(text);

        var marks = new List<Mark>();
        for (var t = 0; t < terms.Count; t++)
        {
            var whole = terms[t].Normalized;
            var patterns = whole.Length > 0 && normalized.Contains(whole, StringComparison.Ordinal)
                ? [whole]
                : terms[t].Words.Select(CharacterTokenizer.Normalize).Where(word => word.Length > 0);
            foreach (var pattern in patterns)
            {
                for (var at = normalized.IndexOf(pattern, StringComparison.Ordinal); at >= 0;
                     at = normalized.IndexOf(pattern, at + pattern.Length, StringComparison.Ordinal))
                {
                    var last = at + pattern.Length - 1;
                    marks.Add(new Mark(origins[at], origins[last] + (char.IsHighSurrogate(text[origins[last]]) ? 2 : 1), t));
                }
            }
        }
        return Merge(marks);
    }

    /// <summary>
    /// The text as the recall representation sees it (<see cref="CharacterFolding"/>), with each
    /// unit's offset in the original. A loop of its own rather than the tokenizer's callback because
    /// it runs on every hit of every search.
    /// </summary>
    private static (string Normalized, int[] Origins) Fold(string text)
    {
        var folded = new char[text.Length];
        var origins = new int[text.Length];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (CharacterFolding.IsSkipped(c))
                continue;
            folded[length] = CharacterFolding.Fold(c);
            origins[length++] = char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]) ? i - 1 : i;
        }
        return (new string(folded, 0, length), origins);
    }

    private static List<Mark> Merge(List<Mark> marks)
    {
        marks.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<Mark>(marks.Count);
        foreach (var mark in marks)
        {
            if (merged.Count > 0 && mark.Start <= merged[^1].End)
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, mark.End) };
            else
                merged.Add(mark);
        }
        return merged;
    }
}
