using System.Globalization;
using System.Text.RegularExpressions;
using Search.Corpus.Metadata;

namespace Search.Corpus.Printing;

/// <summary>
/// Where a page was printed, read from its lines (as <see cref="TextKey"/> folds them): the paper a
/// masthead (<c>青岛日报 聚焦</c>), a byline (<c>观海新闻/青岛晚报/掌上青岛 记者 马丙政</c>) or a source
/// line (<c>来源：解放日报</c>) names, the day a masthead's dateline gives (<c>2024年2月6日 星期二</c>: a
/// weekday marks the paper's own date, not a date in the news) and the page (<c>第3版</c>, <c>A03版</c>,
/// <c>版次：3</c>). Pure. A line longer than a masthead's is turned down before it is folded: a page's
/// every paragraph passes here.
/// </summary>
public static partial class PrintingReader
{
    /// <summary>Longer than this, a line is text, not page furniture; a name longer than this is no paper's.</summary>
    private const int MaxLineLength = 40;

    private const int MaxPaperName = 20;

    /// <summary>Whether a line says where its article comes from (<c>来源：广西日报</c>): a credit, like a byline.</summary>
    public static bool IsSourceLine(string line) => line.Length <= MaxLineLength && SourceLine().IsMatch(TextKey.Of(line));

    /// <summary>
    /// The paper a credit names: a source line's paper, or among a byline's outlets the printed paper
    /// first (青岛晚报 before the clients 观海新闻 and 掌上青岛), else the first the service knows.
    /// </summary>
    public static string? PaperOfCredit(string credit)
    {
        var key = TextKey.Of(credit).Trim().TrimStart('□', '■').Trim();
        if (SourceLine().Match(key) is { Success: true } source)
        {
            var named = source.Groups["name"].Value.Trim();
            return named.Length is > 0 and <= MaxPaperName ? named : null;
        }
        var known = Outlets().Matches(key).Select(match => Papers.Named(match.Value)).OfType<Paper>().ToList();
        return (known.FirstOrDefault(paper => paper.Kind == PaperKind.Paper) ?? known.FirstOrDefault())?.Name;
    }

    /// <summary>The paper a masthead line opens with: a short line of the page furniture, not a credit.</summary>
    public static string? PaperOfMasthead(string line)
    {
        if (line.AsSpan().Trim().Length > MaxLineLength)
            return null;
        var key = TextKey.Of(line).Trim();
        return !key.Contains("记者", StringComparison.Ordinal) ? Papers.AtStart(key)?.Name : null;
    }

    /// <summary>The page a short line numbers: <c>第3版</c> → 3, <c>A03版</c> → A03, <c>版次：5</c> → 5.</summary>
    public static string? EditionOf(string line) =>
        line.Length <= MaxLineLength && Edition().Match(TextKey.Of(line)) is { Success: true } edition ? edition.Groups["page"].Value : null;

    /// <summary>The day a masthead dates the paper: a full date followed by its weekday, on a short line.</summary>
    public static DateOnly? PublishedOf(string line)
    {
        if (line.Length > MaxLineLength || PaperDate().Match(TextKey.Of(line)) is not { Success: true } date)
            return null;
        int Number(string group) => int.Parse(date.Groups[group].ValueSpan, CultureInfo.InvariantCulture);
        var (year, month, day) = (Number("year"), Number("month"), Number("day"));
        return year is >= ReportYear.Earliest and <= ReportYear.Latest && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    /// <summary>What a page's lines say of where it was printed: its masthead's paper, date and page.</summary>
    public static Provenance OfPage(IEnumerable<string> lines)
    {
        string? paper = null, edition = null;
        DateOnly? published = null;
        foreach (var line in lines)
        {
            paper ??= PaperOfMasthead(line);
            edition ??= EditionOf(line);
            published ??= PublishedOf(line);
        }
        return new Provenance(paper, published, edition);
    }

    /// <summary>来源：X, 稿源：X, 转自 X.</summary>
    [GeneratedRegex(@"^\s*(?:来源|稿源|转自|来源于)\s*[:：]?\s*(?<name>[^\s:：，,。]{2,}?)\s*$")]
    private static partial Regex SourceLine();

    /// <summary>An outlet in a byline: a run of CJK characters, before any reporter's title.</summary>
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}{2,10}?(?=首席记者|记者|通讯员|/|／|、|\s|$)")]
    private static partial Regex Outlets();

    /// <summary>第3版, A03版, 版次：5 — not 第3版块, a 版本.</summary>
    [GeneratedRegex(@"(?:第\s*(?<page>[A-Z]?[0-9]{1,3})\s*版(?![块本图权面])|(?<![0-9A-Z])(?<page>[A-Z][0-9]{1,3})\s*版(?![块本图权面])|版次\s*[:：]?\s*(?<page>[A-Z]?[0-9]{1,3}))")]
    private static partial Regex Edition();

    [GeneratedRegex(@"(?<year>[0-9]{4})年(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})日\s*(?:星期|周|礼拜)[一二三四五六日天]")]
    private static partial Regex PaperDate();
}
