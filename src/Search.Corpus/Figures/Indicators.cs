namespace Search.Corpus.Figures;

/// <summary>An indicator of the work reports: its canonical name and every name it is written under.</summary>
/// <param name="Rate">Whether its figures in % are a level (城镇调查失业率 5.5%), not a growth.</param>
/// <param name="Ceiling">Whether its target is a ceiling, met by staying at or under it (prices, unemployment).</param>
public sealed record Indicator(string Name, IReadOnlyList<string> Names, bool Rate = false, bool Ceiling = false);

/// <summary>
/// The main indicators of a district's work report, each with its usual names and short forms.
/// Only these are extracted: a name that is not here is not guessed at.
/// </summary>
public static class Indicators
{
    public static readonly IReadOnlyList<Indicator> All =
    [
        // 经济增长 names the growth of GDP in a target list (经济增长6%左右); 国内生产总值 is the nation's.
        new("地区生产总值", ["地区生产总值", "国内生产总值", "生产总值", "GDP", "经济增长"]),
        // Not 一般公共预算总收入, which holds the central government's share. The nation's reports call it 财政收入.
        new("一般公共预算收入", ["地方一般公共预算收入", "一般公共预算收入", "财政收入"]),
        new("规模以上工业增加值", ["规模以上工业增加值", "规上工业增加值"]),
        new("固定资产投资", ["固定资产投资"]),
        new("社会消费品零售总额", ["社会消费品零售总额"]),
        new("货物进出口", ["货物进出口总额", "货物进出口", "外贸进出口总额", "外贸进出口", "进出口贸易总额", "进出口总额", "货物贸易进出口", "货物贸易"]),
        // 居民收入 and its forms name the indicator where a figure or a relation follows (居民收入增长与经济增长同步).
        new("居民人均可支配收入", ["全体居民人均可支配收入", "城乡居民人均可支配收入", "居民人均可支配收入", "居民可支配收入", "城乡居民收入", "居民收入"]),
        new("城镇居民人均可支配收入", ["城镇居民人均可支配收入", "城镇常住居民人均可支配收入", "城市居民人均可支配收入"]),
        new("农村居民人均可支配收入", ["农村居民人均可支配收入", "农村常住居民人均可支配收入", "农民人均可支配收入"]),
        new("实际使用外资", ["实际使用外资", "实际利用外资", "利用外资", "使用外资"]),
        new("城镇新增就业", ["城镇新增就业", "新增城镇就业", "新增城乡就业", "新增就业"]),
        new("居民消费价格", ["居民消费价格涨幅", "居民消费价格指数", "居民消费价格", "CPI"], Ceiling: true),
        // A rate, not a growth; 城镇登记失业率 is another measure.
        new("城镇调查失业率", ["城镇调查失业率"], Rate: true, Ceiling: true),
    ];

    /// <summary>Every name, longest first, so that 城镇居民人均可支配收入 wins over 居民人均可支配收入.</summary>
    private static readonly (string Name, Indicator Indicator)[] ByName =
        [.. All.SelectMany(indicator => indicator.Names.Select(name => (name, indicator))).OrderByDescending(pair => pair.name.Length)];

    private static readonly Dictionary<string, Indicator> ByCanonical = All.ToDictionary(indicator => indicator.Name);

    /// <summary>The indicator with this canonical name, or null.</summary>
    public static Indicator? Named(string canonical) => ByCanonical.GetValueOrDefault(canonical);

    /// <summary>
    /// The indicator called <paramref name="name"/>, by its canonical name or any other it is written under
    /// (GDP, 生产总值 → 地区生产总值; Latin letters in any case), or null: what a person may type.
    /// </summary>
    public static Indicator? Called(string name) =>
        Named(name) ?? All.FirstOrDefault(indicator => indicator.Names.Contains(name, StringComparer.OrdinalIgnoreCase));

    /// <summary>Whether <paramref name="text"/> opens with an indicator's name.</summary>
    internal static bool StartsWithName(ReadOnlySpan<char> text)
    {
        foreach (var (name, _) in ByName)
        {
            if (text.StartsWith(name, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>The first indicator name in <paramref name="text"/>, the longest of those starting there.</summary>
    internal static (Indicator Indicator, int At, string Name)? FirstIn(string text)
    {
        (Indicator, int, string)? first = null;
        var firstAt = int.MaxValue;
        foreach (var (name, indicator) in ByName)
        {
            var at = text.IndexOf(name, StringComparison.Ordinal);
            if (at >= 0 && at < firstAt)
                (first, firstAt) = ((indicator, at, name), at);
        }
        return first;
    }
}
