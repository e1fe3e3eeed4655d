using System.Globalization;
using System.Text.RegularExpressions;
using Search.Places;

namespace Search.Corpus.Metadata;

/// <summary>
/// The dateline of a session report: the sentence near the top that says when the people's congress
/// met (<c>2月5日，在青岛市崂山区第十九届人民代表大会第三次会议上…</c>, <c>2025年1月19日在江苏省第十四届
/// 人民代表大会第三次会议上</c>). It gives the date of the report — with its year, when it says one —
/// and the government whose report it is (<see cref="PlaceReading.OfSession"/>).
/// </summary>
public static partial class Dateline
{
    /// <summary>How many opening paragraphs are searched: a date further down is news, not the dateline.</summary>
    private const int ParagraphsSearched = 3;

    public sealed record Found(int? Year, int Month, int Day, Place? Place);

    /// <summary>Whether a paragraph opens with a month and day (<c>1月7日,…</c>): a dateline's paragraph, not a deck.</summary>
    public static bool StartsWithDate(string text) =>
        MonthDay().Match(TextKey.Of(text)) is { Success: true, Index: 0 } date && !date.Groups["year"].Success;

    /// <param name="deck">The line under the headline, where a full report states its dateline (<c>——2025年1月14日…在…人民代表大会…</c>).</param>
    public static Found? Find(string? deck, IEnumerable<string> paragraphs, IEnumerable<Place> context)
    {
        foreach (var paragraph in new[] { deck }.OfType<string>().Concat(paragraphs.Take(ParagraphsSearched)).Select(TextKey.Of))
        {
            foreach (var sentence in Sentence().Matches(paragraph).Select(match => match.Value))
            {
                var date = MonthDay().Match(sentence);
                if (date.Success && Session().IsMatch(sentence))
                {
                    int Number(string group) => int.Parse(date.Groups[group].ValueSpan, CultureInfo.InvariantCulture);
                    var year = date.Groups["year"].Success ? Number("year") : (int?)null;
                    return new Found(year is >= ReportYear.Earliest and <= ReportYear.Latest ? year : null, Number("month"), Number("day"),
                        PlaceReading.OfSession(sentence, context));
                }
            }
        }
        return null;
    }

    [GeneratedRegex(@"(?<![0-9])(?:(?<year>[0-9]{4})年)?(?<month>1[0-2]|0?[1-9])月(?<day>3[01]|[12][0-9]|0?[1-9])日")]
    private static partial Regex MonthDay();

    [GeneratedRegex("人民代表大会|人代会|政府工作报告|两会")]
    private static partial Regex Session();

    [GeneratedRegex(@"[^。！？!?]+[。！？!?]?")]
    private static partial Regex Sentence();
}
