using Search.Analysis.Folding;
using Search.Engine.Querying;

namespace Search.Engine.Highlighting;

/// <summary>
/// Where the query matched in one text. The text is folded as the recall representation folds it
/// (white space out, full-width folded, lower-cased, traditional simplified if the index does) and
/// searched for each term's exact text, or, where the term is not there whole, for its words: the
/// same evidence that matched the article.
/// Overlapping and touching matches merge, so a phrase found whole is one mark.
/// </summary>
internal static class MatchedText
{
    public readonly record struct Mark(int Start, int End, int Term)
    {
        public TextRange Range => new(Start, End);
    }

    /// <summary>The matches as ranges, for whoever shows the text.</summary>
    public static IReadOnlyList<TextRange> Ranges(string text, IReadOnlyList<AnalyzedTerm> terms, CharacterFolding folding) =>
        [.. Find(text, terms, folding).Select(mark => mark.Range)];

    public static IReadOnlyList<Mark> Find(string text, IReadOnlyList<AnalyzedTerm> terms, CharacterFolding folding)
    {
        if (terms.Count == 0 || text.Length == 0)
            return [];
        using var folded = FoldedText.Of(text, folding);

        var marks = new List<Mark>();
        for (var t = 0; t < terms.Count; t++)
        {
            var whole = terms[t].Normalized;
            var patterns = whole.Length > 0 && folded.Text.Contains(whole, StringComparison.Ordinal)
                ? [whole]
                : terms[t].Words.Select(folding.Normalize).Where(word => word.Length > 0);
            foreach (var pattern in patterns)
            {
                for (var at = IndexOf(folded.Text, pattern, 0); at >= 0; at = IndexOf(folded.Text, pattern, at + pattern.Length))
                {
                    var last = folded.Original(at + pattern.Length - 1);
                    marks.Add(new Mark(folded.Original(at), last + (char.IsHighSurrogate(text[last]) ? 2 : 1), t));
                }
            }
        }
        return Merge(marks);
    }

    private static int IndexOf(ReadOnlySpan<char> text, string pattern, int from) =>
        text[from..].IndexOf(pattern, StringComparison.Ordinal) is var at and >= 0 ? from + at : -1;

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
