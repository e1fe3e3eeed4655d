using Search.Engine.Searching;

namespace Search.Engine.Highlighting;

/// <summary>
/// Picks up to three passages of about <see cref="TargetLength"/> characters that together show the
/// most distinct query terms. A passage is a sentence (or a run of short sentences); a sentence too
/// long is cut at clause punctuation around its first match, never inside a match or a surrogate pair.
/// Passages are shown in reading order, with "…" where text was left out.
/// </summary>
internal static class Snippets
{
    public const int TargetLength = 120;
    public const int MaxSnippets = 3;
    private const int LeadIn = 30;
    private const string SentenceEnds = "。！？!?；;\n";
    private const string ClauseEnds = "，、,：:";

    public static IReadOnlyList<string> Choose(string text, IReadOnlyList<TermMatcher> terms)
    {
        if (text.Length == 0)
            return [];
        var marks = MatchedText.Find(text, terms);
        if (marks.Count == 0)
            return [Render(text, Window(text, 0, 0, 0), marks)];

        var passages = SentencesWithMarks(text, marks)
            .Select(sentence => Window(text, sentence.Start, sentence.End, FirstMarkIn(marks, sentence.Start, sentence.End)))
            .Select(window => (Window: window, Marks: marks.Where(m => m.Start < window.End && m.End > window.Start).ToList()))
            .ToList();

        var chosen = new List<(int Start, int End)>();
        var shown = new HashSet<int>();
        while (chosen.Count < MaxSnippets && passages.Count > 0)
        {
            var best = passages
                .OrderByDescending(p => p.Marks.Select(m => m.Term).Distinct().Count(term => !shown.Contains(term)))
                .ThenByDescending(p => p.Marks.Count)
                .First();
            passages.RemoveAll(p => p.Window.Start < best.Window.End && p.Window.End > best.Window.Start);
            chosen.Add(best.Window);
            shown.UnionWith(best.Marks.Select(m => m.Term));
        }
        return chosen.OrderBy(window => window.Start).Select(window => Render(text, window, marks)).ToList();
    }

    private static int FirstMarkIn(IReadOnlyList<MatchedText.Mark> marks, int start, int end) =>
        marks.FirstOrDefault(mark => mark.Start >= start && mark.Start < end, new MatchedText.Mark(start, start, -1)).Start;

    /// <summary>The sentences that hold at least one mark, each once, in order.</summary>
    private static IEnumerable<(int Start, int End)> SentencesWithMarks(string text, IReadOnlyList<MatchedText.Mark> marks)
    {
        var previousEnd = -1;
        foreach (var mark in marks)
        {
            if (mark.Start < previousEnd)
                continue;
            var start = text.AsSpan(0, mark.Start).LastIndexOfAny(SentenceEnds) + 1;
            var end = SentenceEnd(text, mark.Start);
            previousEnd = end;
            yield return (start, end);
        }
    }

    /// <summary>The end of the sentence running through <paramref name="at"/>: just after its final punctuation.</summary>
    private static int SentenceEnd(string text, int at)
    {
        var end = text.AsSpan(at).IndexOfAny(SentenceEnds);
        return end < 0 ? text.Length : at + end + 1;
    }

    /// <summary>
    /// About <see cref="TargetLength"/> characters around <paramref name="focus"/>: the sentence
    /// [start, end) itself when it fits, grown by the sentences after it while they fit; otherwise cut
    /// at clause punctuation, starting a little before the focus.
    /// </summary>
    private static (int Start, int End) Window(string text, int start, int end, int focus)
    {
        if (end == start)
            end = Math.Min(text.Length, TargetLength);
        if (end - start <= TargetLength)
        {
            // Short sentences are joined by the ones after them while the passage stays within length.
            while (end < text.Length && SentenceEnd(text, end) is var next && next - start <= TargetLength)
                end = next;
            return (start, end);
        }

        var from = Math.Max(start, focus - LeadIn);
        var clause = text.LastIndexOfAny(ClauseEnds.ToCharArray(), Math.Max(from, start), Math.Max(from, start) - start + 1);
        if (clause >= start && focus - clause <= TargetLength / 2)
            from = clause + 1;
        var to = Math.Min(end, from + TargetLength);
        var cut = text.LastIndexOfAny((ClauseEnds + SentenceEnds).ToCharArray(), to - 1, to - from);
        if (cut > focus)
            to = cut + 1;
        return (SafeBoundary(text, from), SafeBoundary(text, to));
    }

    /// <summary>Never between the halves of a surrogate pair.</summary>
    private static int SafeBoundary(string text, int at) =>
        at > 0 && at < text.Length && char.IsLowSurrogate(text[at]) && char.IsHighSurrogate(text[at - 1]) ? at - 1 : at;

    private static string Render(string text, (int Start, int End) window, IReadOnlyList<MatchedText.Mark> marks)
    {
        var (start, end) = window;
        // A cut inside a mark would split it: widen to the mark's edges.
        foreach (var mark in marks)
        {
            if (mark.Start < start && mark.End > start)
                start = mark.Start;
            if (mark.Start < end && mark.End > end)
                end = mark.End;
        }
        var html = Highlighter.Render(text, start, end, marks).Trim('\n');
        var before = start > 0 && !SentenceEnds.Contains(text[start - 1]) ? "…" : "";
        var after = end < text.Length && !SentenceEnds.Contains(text[end - 1]) ? "…" : "";
        return before + html.Replace("\n", " ") + after;
    }
}
