using System.Globalization;
using System.Text.RegularExpressions;
using Search.Places;

namespace Search.Corpus.Figures;

/// <summary>
/// How a figure is written in a clause: after an indicator's name, a verb, then a number with its
/// unit and qualifier (<c>增长6.5%左右</c>, <c>完成1150.89亿元</c>, <c>4亿美元以上</c>) or a relation
/// (<c>增速与经济增长基本同步</c>); what may stand before the name without making it another
/// indicator (<c>全区</c>, <c>区级</c>, <c>2024年</c>, <c>崂山区</c>; not <c>海洋</c> in 海洋生产总值).
/// </summary>
internal static partial class FigureText
{
    /// <summary>A figure read from the start of a stretch of text, and how many characters it took.</summary>
    public sealed record Reading(FigureMeasure Measure, decimal? Value, string? Unit, string? Qualifier, int Length);

    /// <summary>The figure right after an indicator's name, if the clause goes on with one.</summary>
    public static Reading? AfterName(string text) => Read(AfterNamePattern().Match(text));

    /// <summary>A figure that opens a clause which leaves the indicator out (<c>增长7%</c> after <c>生产总值完成1150.89亿元</c>): the verb is required.</summary>
    public static Reading? OpeningClause(string text) => Read(OpeningPattern().Match(text));

    private static Reading? Read(Match match)
    {
        if (!match.Success)
            return null;
        var verb = match.Groups["verb"].Value;
        if (match.Groups["relation"].Success)
            return new Reading(FigureMeasure.Growth, null, null, match.Groups["relation"].Value, match.Length);
        var unit = match.Groups["unit"].Value;
        var qualifier = match.Groups["before"].Success ? match.Groups["before"].Value
            : match.Groups["after"].Success ? match.Groups["after"].Value : null;
        var measure = unit == "%" ? FigureMeasure.Growth : FigureMeasure.Amount;
        if (measure == FigureMeasure.Amount && GrowthVerbs.Contains(verb))
            return null; // 增长300亿元 is an increment, not the indicator's amount
        return new Reading(measure, decimal.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture), unit, qualifier, match.Length);
    }

    private static readonly HashSet<string> GrowthVerbs = ["同比增长", "增长", "增速", "增幅", "涨幅", "上涨", "提高"];

    private const string Verb = "(?<verb>同比增长|增长|增速|增幅|涨幅控制在|涨幅|上涨|控制在|提高|完成|达到|实现|突破|达|为)";
    private const string Number = @"(?<before>不低于|不少于|不高于|超过|约)?(?<value>[0-9]{1,13}(?:\.[0-9]{1,6})?)\s*(?<unit>%|％|亿美元|万美元|亿元|万元|元|万人|人)(?<after>左右|以上|以内|以下)?";
    private const string Relation = "(?<relation>(?:基本)?与经济增长(?:基本)?同步)";

    [GeneratedRegex($"^{Verb}?(?:{Number}|{Relation})")]
    private static partial Regex AfterNamePattern();

    [GeneratedRegex($"^{Verb}(?:{Number}|{Relation})")]
    private static partial Regex OpeningPattern();

    /// <summary>
    /// Whether the words before an indicator's name in its clause only frame it (where, when, who
    /// plans it) rather than name another indicator: they must come apart, from the end, into the
    /// framing words, years and district names, with nothing left.
    /// </summary>
    public static bool OnlyFrames(string before)
    {
        if (before.Length > MaxFramingLength)
            return false;
        var rest = before.TrimEnd();
        while (rest.Length > 0)
        {
            var cut = FramingAtEnd(rest);
            if (cut == 0)
                return false;
            rest = rest[..^cut].TrimEnd();
        }
        return true;
    }

    /// <summary>
    /// More than this before a name is never only framing (the longest run of framing words is
    /// about 15 characters, <c>2024年西海岸新区全年力争</c>), and taking a long run apart word by
    /// word would cost its length squared.
    /// </summary>
    private const int MaxFramingLength = 40;

    private static int FramingAtEnd(string text)
    {
        if (YearAtEnd().Match(text) is { Success: true } year)
            return year.Length;
        var longest = 0;
        foreach (var word in FramingWords)
        {
            if (word.Length > longest && text.EndsWith(word, StringComparison.Ordinal))
                longest = word.Length;
        }
        // A place's full name (崂山区, 山东省, 上合示范区): where the figure is, not what it measures. Not a
        // short form: among China's places there is one for many a word (海洋 is none, but 和平 and 长安 are).
        for (var length = Math.Min(text.Length, Gazetteer.LongestName); length > longest && length >= 2; length--)
        {
            if (Gazetteer.FullNamed(text[^length..]).Count > 0)
            {
                longest = length;
                break;
            }
        }
        if (!char.IsLetterOrDigit(text[^1]))
            longest = Math.Max(longest, 1); // quotes, brackets, spaces
        return longest;
    }

    private static readonly string[] FramingWords =
    [
        "全区", "全市", "全县", "全年", "区级", "市级", "今年", "年内", "计划", "力争", "实现", "完成", "确保", "预计", "其中",
    ];

    [GeneratedRegex(@"[0-9]{4}年$")]
    private static partial Regex YearAtEnd();
}
