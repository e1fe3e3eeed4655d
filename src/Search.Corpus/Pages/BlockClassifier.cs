using System.Text.RegularExpressions;
using Search.Corpus.Printing;

namespace Search.Corpus.Pages;

/// <summary>Decides what a single line of a page is (<see cref="BlockKind"/>), without context.</summary>
internal static partial class BlockClassifier
{
    private const int MaxCreditLength = 80;
    private static readonly string[] EditorRoles = ["主编", "美编", "审读", "排版", "责编", "编辑", "校对", "组版"];

    /// <param name="line">A non-blank line, already trimmed.</param>
    public static Block Classify(string line)
    {
        var heading = MarkdownHeading().Match(line);
        var text = heading.Success ? heading.Groups["text"].Value.Trim() : line;

        // Decided on the simplified text, so a page in traditional characters reads as one in
        // simplified does; what is kept is the page's own text (the fold is one unit for one).
        var key = TextKey.Of(text);
        if (text.Length == 0 || IsFurniture(key))
            return new Block(BlockKind.Furniture, text);
        if (text.Length <= 5 && Block.IsPlaceName(text))
            return new Block(BlockKind.PlaceLabel, text);
        if (heading.Success)
            return new Block(BlockKind.Heading, text);
        if (CaptionText(text, key) is { } caption)
            return new Block(BlockKind.Caption, caption);
        if (PrintingReader.IsSourceLine(text))
            return new Block(BlockKind.Source, text);
        if (BylineText(text, key) is { } byline)
            return new Block(BlockKind.Byline, byline);
        return new Block(BlockKind.Text, text);
    }

    private static bool IsFurniture(string text) =>
        text.StartsWith("客户端", StringComparison.Ordinal) ||
        Punctuation.IsPunctuationOnly(text) ||
        (text.Length <= MaxCreditLength && EditorRoles.Count(role => text.Contains(role, StringComparison.Ordinal)) >= 2) ||
        (text.Length <= 12 && !Punctuation.HasSentenceEnd(text) && PrintingReader.PaperOfMasthead(text) is not null);

    /// <param name="key"><paramref name="text"/> simplified, what the rules read.</param>
    private static string? CaptionText(string text, string key)
    {
        if (text[0] is '■' or '▲')
            return text[1..].Trim();
        return text.Length <= MaxCreditLength && CaptionCredit().IsMatch(key) ? text : null;
    }

    /// <param name="key"><paramref name="text"/> simplified, what the rules read.</param>
    private static string? BylineText(string text, string key)
    {
        if (text[0] == '□')
            return text[1..].Trim();
        if (NamesInParentheses().Match(text) is { Success: true } names)
            return names.Groups["names"].Value.Trim();
        var credits = key.Contains("记者", StringComparison.Ordinal) || key.Contains("通讯员", StringComparison.Ordinal);
        var sentence = Punctuation.HasSentenceEnd(text) || text.AsSpan().IndexOfAny('，', ',') >= 0;
        return credits && !sentence && text.Length <= MaxCreditLength ? text : null;
    }

    [GeneratedRegex(@"^#{1,6}(?:\s+(?<text>.*))?$")]
    private static partial Regex MarkdownHeading();

    /// <summary>A photographer's credit closing a caption: <c>王昭脉 摄</c>, <c>(平度供图)</c>.</summary>
    [GeneratedRegex(@"(摄|供图)\s*[)）]?$")]
    private static partial Regex CaptionCredit();

    /// <summary>Reporters' names alone in parentheses: <c>(衣涛 张绪霞 赵子健)</c>.</summary>
    [GeneratedRegex(@"^[(（](?<names>\p{IsCJKUnifiedIdeographs}{2,4}(?:[ 　·]+\p{IsCJKUnifiedIdeographs}{2,4})*)[)）]$")]
    private static partial Regex NamesInParentheses();
}
