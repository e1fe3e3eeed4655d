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
    public sealed record Reading(FigureMeasure Measure, decimal? Value, string? Unit, string? Qualifier, int Length)
    {
        /// <summary>The upper end of a range (<c>5.0%—5.5%</c>); null for one number.</summary>
        public decimal? High { get; init; }
    }

    /// <summary>The figure right after an indicator's name, if the clause goes on with one.</summary>
    public static Reading? AfterName(string text) => Read(AfterNamePattern().Match(text));

    /// <summary>A figure that opens a clause which leaves the indicator out (<c>增长7%</c> after <c>生产总值完成1150.89亿元</c>): the verb is required.</summary>
    public static Reading? OpeningClause(string text) => Read(OpeningPattern().Match(text));

    /// <summary>Whether a clause opens with a verb of a figure (<c>增长</c>, <c>达到</c>, <c>总量达到</c>): it goes on about the subject before it.</summary>
    public static bool OpensWithVerb(ReadOnlySpan<char> text) => VerbAtStart().IsMatch(text);

    /// <summary>The urban and the rural income in one clause (<c>城乡居民人均可支配收入分别增长4.3%、6.1%</c>, <c>城镇和农村常住居民…分别增长6.5%左右、7.5%左右</c>).</summary>
    public static (Reading Urban, Reading Rural, int NameAt, int NameLength)? UrbanAndRural(string text)
    {
        var match = UrbanAndRuralPattern().Match(text);
        if (!match.Success || !OnlyFrames(text[..match.Index]))
            return null;
        var verb = match.Groups["verb"].Value;
        Reading? Of(string n)
        {
            var unit = match.Groups["unit" + n].Value is "％" ? "%" : match.Groups["unit" + n].Value;
            var measure = unit == "%" ? FigureMeasure.Growth : FigureMeasure.Amount;
            if ((measure == FigureMeasure.Growth) != verb.StartsWith('增'))
                return null;
            var qualifier = match.Groups["after" + n].Success ? match.Groups["after" + n].Value : match.Groups["after2"].Success ? match.Groups["after2"].Value : null;
            return new Reading(measure, decimal.Parse(match.Groups["value" + n].Value, CultureInfo.InvariantCulture), unit, qualifier, match.Length);
        }
        return Of("1") is { } urban && Of("2") is { } rural
            ? (urban with { Length = match.Length - match.Groups["name"].Length }, rural with { Length = match.Length - match.Groups["name"].Length },
                match.Groups["name"].Index, match.Groups["name"].Length)
            : null;
    }

    /// <summary>
    /// Indicators given together and their figures in turn (<c>规上工业增加值、固定资产投资分别增长8%、6.5%左右</c>):
    /// one reading each, a qualifier written once after the last number going for all of them; null
    /// unless every name before 分别 is an indicator's and there are as many numbers as names.
    /// </summary>
    public static IReadOnlyList<(Indicator Indicator, int NameAt, int NameLength, Reading Reading)>? Respectively(string clause)
    {
        var at = clause.IndexOf("分别", StringComparison.Ordinal);
        if (at <= 0 || RespectiveVerb().Match(clause, at) is not { Success: true } verbMatch)
            return null;
        var names = new List<(Indicator Indicator, int At, int Length)>();
        foreach (Match segment in NameSegment().Matches(clause[..at]))
        {
            if (Indicators.FirstIn(segment.Value) is not { } found || found.At + found.Name.Length != segment.Length || !OnlyFrames(segment.Value[..found.At]))
                return null;
            names.Add((found.Indicator, segment.Index + found.At, found.Name.Length));
        }
        var verb = verbMatch.Groups["verb"].Value;
        var values = new List<(decimal Value, string? Unit, string? After)>();
        for (var next = ListedValue().Match(clause, verbMatch.Index + verbMatch.Length); next.Success && next.Length > 0; next = ListedValue().Match(clause, next.Index + next.Length))
            values.Add((decimal.Parse(next.Groups["value"].Value, CultureInfo.InvariantCulture), next.Groups["unit"].Success ? next.Groups["unit"].Value : null, next.Groups["after"].Success ? next.Groups["after"].Value : null));
        if (names.Count < 2 || values.Count != names.Count || values[^1].Unit is null)
            return null;
        var sign = FallVerbs.Contains(verb) ? -1 : 1;
        var shared = values[^1].After;
        var readings = new List<(Indicator, int, int, Reading)>();
        for (var i = 0; i < names.Count; i++)
        {
            var unit = (values[i].Unit ?? values[^1].Unit) is "％" ? "%" : values[i].Unit ?? values[^1].Unit!;
            var measure = unit is "%" or "倍" ? FigureMeasure.Growth : FigureMeasure.Amount;
            if (measure == FigureMeasure.Amount && GrowthVerbs.Contains(verb))
                return null; // 分别增长300亿元、20亿元: increments
            readings.Add((names[i].Indicator, names[i].At, names[i].Length,
                new Reading(measure, sign * values[i].Value, unit, values[i].After ?? shared, clause.Length - names[i].At - names[i].Length)));
        }
        return readings;
    }

    [GeneratedRegex("[^、和与]+")]
    private static partial Regex NameSegment();

    [GeneratedRegex($@"\G分别{Verb}")]
    private static partial Regex RespectiveVerb();

    [GeneratedRegex($@"\G(?<value>[0-9]{{1,13}}(?:\.[0-9]{{1,6}})?)\s*(?<unit>{Unit})?(?<after>左右|以上|以内|以下)?[、和]?")]
    private static partial Regex ListedValue();

    private static Reading? Read(Match match)
    {
        if (!match.Success)
            return null;
        var verb = match.Groups["verb"].Value;
        if (match.Groups["relation"].Success)
            return new Reading(FigureMeasure.Growth, null, null, match.Groups["relation"].Value, match.Length);
        var unit = match.Groups["unit"].Value is "％" ? "%" : match.Groups["unit"].Value;
        var qualifier = match.Groups["before"].Success ? match.Groups["before"].Value
            : match.Groups["after"].Success ? match.Groups["after"].Value
            : AboveVerbs.Contains(verb) ? "以上" : null; // 突破7000亿元: more than 7000亿元
        var measure = unit is "%" or "倍" ? FigureMeasure.Growth : FigureMeasure.Amount;
        if (measure == FigureMeasure.Amount && GrowthVerbs.Contains(verb))
            return null; // 增长300亿元 is an increment, not the indicator's amount
        if (measure == FigureMeasure.Growth && AmountVerbs.Contains(verb))
            return null; // 约合 converts an amount
        var sign = FallVerbs.Contains(verb) ? -1 : 1;
        var value = sign * decimal.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
        decimal? high = match.Groups["high"].Success ? sign * decimal.Parse(match.Groups["high"].Value, CultureInfo.InvariantCulture) : null;
        if (high is { } upper && upper < value)
            (value, high) = (upper, value); // a fall's range: 下降1%—2% is -2 to -1
        return new Reading(measure, value, unit, qualifier, match.Length) { High = high };
    }

    private static readonly HashSet<string> GrowthVerbs = ["同比增长", "增长", "增速", "增幅", "涨幅", "上涨", "提高", "同比下降", "下降"];

    private static readonly HashSet<string> FallVerbs = ["同比下降", "下降"];

    private static readonly HashSet<string> AmountVerbs = ["约合"];

    private static readonly HashSet<string> AboveVerbs = ["突破", "超过"];

    private const string Verb = "(?<verb>同比增长|同比下降|增长|下降|增速|增幅|涨幅控制在|涨幅保持在|涨幅|上涨|控制在|保持在|平均为|提高|完成|达到|实现|突破|超过|约合|达|为)";
    private const string Unit = "%|％|万亿元|亿美元|万美元|亿元|万元|元|万人|人|倍";
    private const string Number = $@"(?<before>不低于|不少于|不高于|超过|约)?(?<value>[0-9]{{1,13}}(?:\.[0-9]{{1,6}})?)(?:\s*(?:{Unit})?\s*[—–\-~～至](?<high>[0-9]{{1,13}}(?:\.[0-9]{{1,6}})?))?\s*(?<unit>{Unit})(?<after>左右|以上|以内|以下)?";
    private const string Relation = "(?<relation>(?:基本)?[与和]经济(?:增长|发展)(?:基本|保持)?同步)";

    [GeneratedRegex($"^(?:总量|规模)?(?:比上年|同比)?{Verb}")]
    private static partial Regex VerbAtStart();

    [GeneratedRegex(@"(?<name>(?:城乡|城镇(?:居民)?(?:和|与|、)农村)(?:常住)?居民人均可支配收入)分别(?<verb>增长|达到|达)(?<value1>[0-9]{1,7}(?:\.[0-9]{1,4})?)\s*(?<unit1>%|％|万元|元)(?<after1>左右|以上)?(?:、|和)(?<value2>[0-9]{1,7}(?:\.[0-9]{1,4})?)\s*(?<unit2>%|％|万元|元)(?<after2>左右|以上)?")]
    private static partial Regex UrbanAndRuralPattern();

    [GeneratedRegex($"^(?:比上年|同比)?{Verb}?(?:{Number}|{Relation})")]
    private static partial Regex AfterNamePattern();

    [GeneratedRegex($"^(?:总量|规模)?(?:比上年|同比)?{Verb}(?:{Number}|{Relation})")]
    private static partial Regex OpeningPattern();

    /// <summary>
    /// Whether the words before an indicator's name in its clause only frame it (where, when, who
    /// plans it) rather than name another indicator: they must come apart, from the end, into the
    /// framing words, years and district names, with nothing left.
    /// </summary>
    public static bool OnlyFrames(string before) => Frames(before) is not null;

    /// <summary>
    /// The places the framing words name (<c>崂山区</c> in <c>崂山区生产总值</c>), each as the places its
    /// name may mean, when the words only frame (see <see cref="OnlyFrames"/>); null when they do not.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Place>>? Frames(string before)
    {
        if (before.Length > MaxFramingLength)
            return null;
        var named = new List<IReadOnlyList<Place>>();
        var rest = before.TrimEnd();
        while (rest.Length > 0)
        {
            var (cut, places) = FramingAtEnd(rest);
            if (cut == 0)
                return null;
            if (places is not null)
                named.Add(places);
            rest = rest[..^cut].TrimEnd();
        }
        return named;
    }

    /// <summary>
    /// More than this before a name is never only framing (the longest run of framing words is
    /// about 15 characters, <c>2024年西海岸新区全年力争</c>), and taking a long run apart word by
    /// word would cost its length squared.
    /// </summary>
    private const int MaxFramingLength = 40;

    /// <summary>How many characters at the end of the text frame a name, and the places they name, if they are a place's name.</summary>
    private static (int Length, IReadOnlyList<Place>? Places) FramingAtEnd(string text)
    {
        if (YearAtEnd().Match(text) is { Success: true } year)
            return (year.Length, null);
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
            if (Gazetteer.FullNamed(text[^length..]) is { Count: > 0 } places)
                return (length, places);
        }
        if (!char.IsLetterOrDigit(text[^1]))
            longest = Math.Max(longest, 1); // quotes, brackets, spaces
        return (longest, null);
    }

    private static readonly string[] FramingWords =
    [
        "全区", "全市", "全县", "全省", "全疆", "全国", "国家", "全年", "区级", "市级", "省级", "今年", "去年", "年内", "计划", "力争", "实现", "完成", "确保", "预计", "其中",
        "带动", "努力", "初步统计", "初步核算",
    ];

    [GeneratedRegex(@"[0-9]{4}年$")]
    private static partial Regex YearAtEnd();
}
