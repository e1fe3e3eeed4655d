using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Corpus.Metadata;

/// <summary>
/// The dateline of a session report: the sentence near the top that says when the people's congress
/// met (<c>2月5日，在青岛市崂山区第十九届人民代表大会第三次会议上…</c>). It gives the month and day of
/// the report and the district whose report it is.
/// </summary>
public static partial class Dateline
{
    /// <summary>How many opening paragraphs are searched: a date further down is news, not the dateline.</summary>
    private const int ParagraphsSearched = 3;

    public sealed record Found(int Month, int Day, string? District);

    public static bool StartsWithDate(string text) => MonthDay().Match(text) is { Success: true, Index: 0 };

    public static Found? Find(IEnumerable<string> paragraphs)
    {
        foreach (var paragraph in paragraphs.Take(ParagraphsSearched).Select(TextKey.Of))
        {
            foreach (var sentence in Sentence().Matches(paragraph).Select(match => match.Value))
            {
                var date = MonthDay().Match(sentence);
                if (date.Success && Session().IsMatch(sentence))
                {
                    return new Found(int.Parse(date.Groups["month"].ValueSpan, CultureInfo.InvariantCulture), int.Parse(date.Groups["day"].ValueSpan, CultureInfo.InvariantCulture),
                        Districts.FirstMentionedIn(sentence));
                }
            }
        }
        return null;
    }

    [GeneratedRegex(@"(?<![0-9])(?<month>1[0-2]|0?[1-9])月(?<day>3[01]|[12][0-9]|0?[1-9])日")]
    private static partial Regex MonthDay();

    [GeneratedRegex("人民代表大会|人代会|政府工作报告|两会")]
    private static partial Regex Session();

    [GeneratedRegex(@"[^。！？!?]+[。！？!?]?")]
    private static partial Regex Sentence();
}
