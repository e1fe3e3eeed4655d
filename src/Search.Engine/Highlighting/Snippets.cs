using Search.Analysis.Folding;
using Search.Engine.Querying;

namespace Search.Engine.Highlighting;

/// <summary>
/// Picks up to three passages of about <see cref="TargetLength"/> characters that together show the
/// most distinct query terms. A passage is a sentence (or a run of short sentences); a sentence too
/// long is cut at clause punctuation around its first match, never inside a match or a surrogate pair.
/// Passages may be kept to some stretches of the text (a roundup's paragraphs about the places a
/// search is filtered by) and never run out of them. Passages are shown in reading order, with "…"
/// where text was left out.
/// </summary>
internal static class Snippets
{
    public const int TargetLength = 120;
    public const int MaxSnippets = 3;
    private const int LeadIn = 30;
    private const string SentenceEnds = "。！？!?；;\n";
    private const string ClauseEnds = "，、,：:";

    /// <summary>A passage chosen: where its window starts in the text, the passage as shown and where the query matched in it.</summary>
    public readonly record struct Shown(int Start, string Text, IReadOnlyList<TextRange> Marks);

    /// <param name="within">The stretches [Start, End) passages may come from, in order and apart; null for the whole text.</param>
    public static IReadOnlyList<Shown> Choose(string text, IReadOnlyList<AnalyzedTerm> terms, CharacterFolding folding, IReadOnlyList<(int Start, int End)>? within = null)
    {
        if (text.Length == 0)
            return [];
        var whole = within is not { Count: > 0 };
        IReadOnlyList<(int Start, int End)> regions = whole ? [(0, text.Length)] : within!;
        var found = MatchedText.Find(text, terms, folding);
        var marks = whole ? found : [.. found.Where(mark => RegionOf(regions, mark.Start) is { } region && mark.End <= region.End)];
        if (marks.Count == 0)
        {
            var (start, end) = regions[0];
            return [Cut(text, Window(text, start, start, start, end), marks)];
        }

        var passages = new List<Passage>();
        foreach (var (sentence, region) in SentencesWithMarks(text, marks, regions))
        {
            var window = Window(text, sentence.Start, sentence.End, FirstMarkIn(marks, sentence.Start, sentence.End), region.End);
            passages.Add(Passage.Over(window, marks));
        }

        // Greedy: the passage showing the most terms not shown yet, then the one with the most marks.
        var chosen = new List<(int Start, int End)>();
        var shown = new bool[terms.Count];
        while (chosen.Count < MaxSnippets && passages.Count > 0)
        {
            var best = passages[0];
            var bestNewTerms = best.NewTerms(shown);
            for (var i = 1; i < passages.Count; i++)
            {
                var newTerms = passages[i].NewTerms(shown);
                if (newTerms > bestNewTerms || (newTerms == bestNewTerms && passages[i].MarkCount > best.MarkCount))
                    (best, bestNewTerms) = (passages[i], newTerms);
            }
            passages.RemoveAll(p => p.Window.Start < best.Window.End && p.Window.End > best.Window.Start);
            chosen.Add(best.Window);
            foreach (var term in best.Terms)
                shown[term] = true;
        }
        chosen.Sort();
        return chosen.Select(window => Cut(text, window, marks)).ToList();
    }

    /// <summary>The region holding <paramref name="at"/>, if any.</summary>
    private static (int Start, int End)? RegionOf(IReadOnlyList<(int Start, int End)> regions, int at)
    {
        foreach (var region in regions)
        {
            if (at >= region.Start && at < region.End)
                return region;
        }
        return null;
    }

    /// <summary>A candidate snippet: its window, the distinct terms marked in it and how many marks.</summary>
    private sealed record Passage((int Start, int End) Window, int[] Terms, int MarkCount)
    {
        /// <summary>The marks overlapping the window: marks are sorted and disjoint, so they form one run.</summary>
        public static Passage Over((int Start, int End) window, IReadOnlyList<MatchedText.Mark> marks)
        {
            var terms = new List<int>();
            var count = 0;
            for (var i = FirstEndingAfter(marks, window.Start); i < marks.Count && marks[i].Start < window.End; i++)
            {
                count++;
                if (!terms.Contains(marks[i].Term))
                    terms.Add(marks[i].Term);
            }
            return new Passage(window, [.. terms], count);
        }

        public int NewTerms(bool[] shown)
        {
            var count = 0;
            foreach (var term in Terms)
                count += shown[term] ? 0 : 1;
            return count;
        }
    }

    /// <summary>The index of the first mark ending after <paramref name="at"/>, by binary search.</summary>
    private static int FirstEndingAfter(IReadOnlyList<MatchedText.Mark> marks, int at)
    {
        int low = 0, high = marks.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (marks[middle].End <= at)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }

    /// <summary>Where the first mark starting inside [start, end) starts; <paramref name="start"/> when none does.</summary>
    private static int FirstMarkIn(IReadOnlyList<MatchedText.Mark> marks, int start, int end)
    {
        var i = FirstEndingAfter(marks, start);
        while (i < marks.Count && marks[i].Start < start)
            i++;
        return i < marks.Count && marks[i].Start < end ? marks[i].Start : start;
    }

    /// <summary>The sentences that hold at least one mark, each once, in order, cut to the region holding the mark.</summary>
    private static IEnumerable<((int Start, int End) Sentence, (int Start, int End) Region)> SentencesWithMarks(
        string text, IReadOnlyList<MatchedText.Mark> marks, IReadOnlyList<(int Start, int End)> regions)
    {
        var previousEnd = -1;
        foreach (var mark in marks)
        {
            if (mark.Start < previousEnd)
                continue;
            var region = RegionOf(regions, mark.Start)!.Value;
            var start = Math.Max(region.Start, text.AsSpan(0, mark.Start).LastIndexOfAny(SentenceEnds) + 1);
            var end = Math.Min(region.End, SentenceEnd(text, mark.Start));
            previousEnd = end;
            yield return ((start, end), region);
        }
    }

    /// <summary>The end of the sentence running through <paramref name="at"/>: just after its final punctuation.</summary>
    private static int SentenceEnd(string text, int at)
    {
        var end = text.AsSpan(at).IndexOfAny(SentenceEnds);
        return end < 0 ? text.Length : at + end + 1;
    }

    /// <summary>
    /// About <see cref="TargetLength"/> characters around <paramref name="focus"/>, never past
    /// <paramref name="limit"/>: the sentence [start, end) itself when it fits, grown by the sentences
    /// after it while they fit; otherwise cut at clause punctuation, starting a little before the focus.
    /// </summary>
    private static (int Start, int End) Window(string text, int start, int end, int focus, int limit)
    {
        if (end == start)
            end = Math.Min(limit, start + TargetLength);
        if (end - start <= TargetLength)
        {
            // Short sentences are joined by the ones after them while the passage stays within length.
            while (end < limit && Math.Min(limit, SentenceEnd(text, end)) is var next && next - start <= TargetLength)
                end = next;
            return (start, SafeBoundary(text, end));
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

    /// <summary>
    /// The window as one line: widened so no mark is cut, "…" where it starts or ends inside a
    /// sentence, line breaks at its ends dropped and those inside read as spaces; the marks moved to match.
    /// </summary>
    private static Shown Cut(string text, (int Start, int End) window, IReadOnlyList<MatchedText.Mark> marks)
    {
        var (start, end) = window;
        foreach (var mark in marks)
        {
            if (mark.Start < start && mark.End > start)
                start = mark.Start;
            if (mark.Start < end && mark.End > end)
                end = mark.End;
        }
        var before = start > 0 && !SentenceEnds.Contains(text[start - 1]) ? "…" : "";
        var after = end < text.Length && !SentenceEnds.Contains(text[end - 1]) ? "…" : "";
        var windowStart = start;
        while (start < end && text[start] == '\n')
            start++;
        while (end > start && text[end - 1] == '\n')
            end--;
        var shift = before.Length - start;
        var shown = new List<TextRange>();
        for (var i = FirstEndingAfter(marks, start); i < marks.Count && marks[i].Start < end; i++)
            shown.Add(new TextRange(Math.Max(marks[i].Start, start) + shift, Math.Min(marks[i].End, end) + shift));
        return new Shown(windowStart, before + text[start..end].Replace('\n', ' ') + after, shown);
    }
}
