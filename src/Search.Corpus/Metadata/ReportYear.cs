using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Corpus.Metadata;

/// <summary>
/// The year of the government work report an article is about. Reports look back on last year and
/// ahead to this one, so the phrases that set this year's tasks decide (<c>2024年…政府工作总的要求</c>,
/// <c>2025年,胶州市经济社会发展主要预期目标</c>, <c>2024年，平度市将…</c>, <c>2023年是…开局之年</c>);
/// when none is present, the year mentioned most often does.
/// </summary>
public static partial class ReportYear
{
    /// <summary>The first year of the People's Republic: no government work report is older.</summary>
    public const int Earliest = 1949;

    public const int Latest = 2100;

    /// <summary>The year a report's title says it is of (<c>2025年上海市政府工作报告</c>, <c>二〇二五年…政府工作报告</c>); null for another title.</summary>
    public static int? OfTitle(string title) =>
        TitleYear().Match(Key(title)) is { Success: true } match && YearOf(match) is var year && IsPlausible(year) ? year : null;

    public static int? Detect(string text)
    {
        text = Key(text);
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

    /// <summary>Each plausible year the text mentions (not a deadline or a starting point), with where it stands, in text order.</summary>
    public static IReadOnlyList<(int Start, int End, int Year)> Mentions(string text) =>
        [.. AnyYear().Matches(Key(text)).Select(match => (match.Index, match.Index + match.Length, YearOf(match))).Where(mention => IsPlausible(mention.Item3))];

    /// <summary>
    /// The text as the rules read it (<see cref="TextKey"/>), and a year in Chinese numerals written
    /// in digits, as long as it is (一九五五年 → 1955年, 二〇二五年 → 2025年): places hold.
    /// </summary>
    private static string Key(string text)
    {
        var key = TextKey.Of(text);
        return ChineseYear().IsMatch(key)
            ? ChineseYear().Replace(key, match => string.Concat(match.Groups["digits"].Value.Select(c => (char)('0' + ChineseDigits.IndexOf(c) % 10))) + "年")
            : key;
    }

    private const string ChineseDigits = "〇一二三四五六七八九零";

    private static int YearOf(Match match) => int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);

    private static bool IsPlausible(int year) => year is >= Earliest and <= Latest;

    [GeneratedRegex(@"(?<![0-9])(?<year>[0-9]{4})年(?:[^。；;]{0,30}?(?:工作总的要求|主要预期目标)|[，,]?\s*(?:\p{IsCJKUnifiedIdeographs}{2,5}[区市])?(?:将|要)|是[^。]{0,40}?之年)")]
    private static partial Regex PlanningPhrase();

    [GeneratedRegex(@"(?<![〇零一二三四五六七八九])(?<digits>[〇零一二三四五六七八九]{4})年")]
    private static partial Regex ChineseYear();

    /// <summary>A report's title: a year, then (perhaps after its government) 政府工作报告.</summary>
    [GeneratedRegex(@"^\s*(?<year>[0-9]{4})年[^。！？\n]{0,30}?政府工作报告")]
    private static partial Regex TitleYear();

    /// <summary>A year, but not a deadline (<c>到2035年</c>) or a starting point (<c>2023年以来</c>).</summary>
    [GeneratedRegex(@"(?<![0-9到至])(?<year>[0-9]{4})年(?!以来|底|前)")]
    private static partial Regex AnyYear();
}
