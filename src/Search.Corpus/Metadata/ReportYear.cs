using System.Text.RegularExpressions;
using Search.Hanzi;

namespace Search.Corpus.Metadata;

/// <summary>
/// The year of the government work report an article is about. Reports look back on last year and
/// ahead to this one, so the phrases that set this year's tasks decide (<c>2024年…政府工作总的要求</c>,
/// <c>2025年,胶州市经济社会发展主要预期目标</c>, <c>2024年，平度市将…</c>, <c>2023年是…开局之年</c>);
/// when none is present, the year mentioned most often does.
/// </summary>
public static partial class ReportYear
{
    public const int Earliest = 2000;
    public const int Latest = 2099;

    public static int? Detect(string text)
    {
        text = TraditionalChinese.Simplify(text);
        var planned = PlanningPhrase().Matches(text).Select(YearOf).Where(IsPlausible).ToList();
        if (planned.Count > 0)
            return planned.Max();

        return AnyYear().Matches(text)
            .Select(YearOf)
            .Where(IsPlausible)
            .GroupBy(year => year)
            .OrderByDescending(group => group.Count())
            .ThenByDescending(group => group.Key)
            .Select(group => (int?)group.Key)
            .FirstOrDefault();
    }

    /// <summary>The last plausible year the text mentions (not a deadline or a starting point), or null.</summary>
    public static int? LastMentionedIn(string text) =>
        AnyYear().Matches(text).Select(YearOf).Where(IsPlausible).Select(year => (int?)year).LastOrDefault();

    private static int YearOf(Match match) => int.Parse(match.Groups["year"].Value);

    private static bool IsPlausible(int year) => year is >= Earliest and <= Latest;

    [GeneratedRegex(@"(?<!\d)(?<year>\d{4})年(?:[^。；;]{0,30}?(?:工作总的要求|主要预期目标)|[，,]?\s*(?:\p{IsCJKUnifiedIdeographs}{2,5}[区市])?(?:将|要)|是[^。]{0,40}?之年)")]
    private static partial Regex PlanningPhrase();

    /// <summary>A year, but not a deadline (<c>到2035年</c>) or a starting point (<c>2023年以来</c>).</summary>
    [GeneratedRegex(@"(?<![\d到至])(?<year>\d{4})年(?!以来|底|前)")]
    private static partial Regex AnyYear();
}
