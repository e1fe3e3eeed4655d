namespace Search.Corpus.Pages;

/// <summary>Questions about Chinese punctuation that decide where sentences and paragraphs end.</summary>
internal static class Punctuation
{
    private const string SentenceEnds = "。！？!?；;…";
    private const string Pauses = "，、,：:";
    private const string Closers = "”’」』）)】》\"' ";

    /// <summary>Ends a sentence: <c>。！？；…</c>, possibly followed by closing quotes or brackets.</summary>
    public static bool EndsSentence(string text)
    {
        var last = LastMeaningful(text);
        return last >= 0 && (SentenceEnds.Contains(text[last]) || IsDash(text, last));
    }

    /// <summary>Stops mid-sentence on a comma or an enumeration mark, so the sentence must go on.</summary>
    public static bool EndsWithPause(string text)
    {
        var last = LastMeaningful(text);
        return last >= 0 && Pauses.Contains(text[last]);
    }

    /// <summary>Ends on a colon: introduces what follows, so the paragraph is complete as it stands.</summary>
    public static bool EndsWithColon(string text)
    {
        var last = LastMeaningful(text);
        return last >= 0 && text[last] is '：' or ':';
    }

    public static bool HasSentenceEnd(string text) => text.AsSpan().IndexOfAny(SentenceEnds) >= 0;

    public static int CountSentenceEnds(string text) => text.Count(SentenceEnds.Contains);

    public static int CountPauses(string text) => text.Count(Pauses.Contains);

    /// <summary>The position of the first full-width or half-width colon, or -1.</summary>
    public static int ColonIndex(string text) => text.AsSpan().IndexOfAny('：', ':');

    public static bool IsPunctuationOnly(string text) =>
        text.All(c => char.IsPunctuation(c) || char.IsSymbol(c) || char.IsWhiteSpace(c));

    /// <summary>
    /// The text opens with a one- or two-character scrap ended by punctuation (<c>展。点燃…</c>,
    /// <c>局,空气质量…</c>): the tail of a word whose head ended the paragraph before it.
    /// </summary>
    public static bool StartsWithScrap(string text)
    {
        var stop = text.AsSpan().IndexOfAny(SentenceEnds + Pauses);
        return stop is 1 or 2 && char.IsLetter(text[0]);
    }

    private static bool IsDash(string text, int last) => text[last] == '—' && last > 0 && text[last - 1] == '—';

    private static int LastMeaningful(string text)
    {
        var i = text.Length - 1;
        while (i >= 0 && Closers.Contains(text[i]))
            i--;
        return i;
    }
}
