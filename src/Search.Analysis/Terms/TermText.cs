using System.Collections.Frozen;

namespace Search.Analysis.Terms;

/// <summary>
/// What a term of the reports is, as text: a word of the word field or a phrase of
/// <see cref="WordPhrases"/> (its words joined by <see cref="WordPhrases.Separator"/>). Lists of terms
/// show words of two characters or more that are not numbers, dates, particles or the speech's
/// furniture (一是, 同志们, 主编); pure functions, so each rule is tested on its own.
/// </summary>
public static class TermText
{
    // Single-character function words: no phrase holds one (WordPhrases leaves a gap), so none starts or ends with one.
    private static readonly FrozenSet<char> Particles = "的地得之了着和与及或并而且在是对把将被为从向以于也都又就还要这那其等各每该此所有让使由给".ToFrozenSet();

    // Characters that make numbers and dates in words: 二〇二四年, 三十, 百分之五, 第一, 两倍.
    private static readonly FrozenSet<char> Numerals = "〇零一二三四五六七八九十百千万亿两几半第".ToFrozenSet();
    private static readonly FrozenSet<char> NumberUnits = "年月日号时分秒点个只名条项次倍成元角届期批家件座所户人位岁天周吨斤米亩辆台套张".ToFrozenSet();

    // A phrase is cut at word boundaries, and where SmartCn reads a one-character word the cut may fall
    // inside a compound (保障 性 住房 → 性 住房; 高 端 装备 → 端 装备). Only these stand first: numbers
    // that count (三 个 代表) and prefixes; only these last: the suffixes compounds end in (科学 发展 观).
    private static readonly FrozenSet<char> Counting = "一二三四五六七八九十两".ToFrozenSet();
    private static readonly FrozenSet<char> Openers = "一二三四五六七八九十两新大小高低老全总副非反超微双多单首准亚泛".ToFrozenSet();
    private static readonly FrozenSet<char> Closers =
        "化性型式观者率度业界区制权法费税品家员力点面线网链群园港站局会委部院所厅处办证卡险金款价值量带路圈城村镇省市县组队军厂矿田林山河湖海岛湾桥机车船药病灾粮油煤电气水热能潮风层期物产".ToFrozenSet();

    // Words of every report that say nothing of its content: the speech's address and ordering, pronouns, the page around an article.
    private static readonly FrozenSet<string> Furniture = new[]
    {
        "我们", "你们", "他们", "大家", "自己", "各位", "各位代表", "代表们", "同志们", "请予审议", "审议",
        "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是", "首先", "其次", "最后", "另外", "同时", "其中", "以及",
        "今年", "去年", "明年", "上年", "全年", "当年", "本年", "今后", "目前", "当前", "过去", "现在", "进行", "通过", "为了", "这些", "那些", "这个", "那个", "这样", "一些", "方面",
        "主编", "美编", "责编", "编辑", "校对", "版面", "本版", "记者", "通讯员", "实习生", "摄影",
    }.ToFrozenSet();

    /// <summary>A word no phrase may hold: a number, a particle, or the unit of a date (年, 月, 日 after the number left out).</summary>
    public static bool BreaksPhrase(ReadOnlySpan<char> word) =>
        HasDigit(word) || word.Length == 1 && (Particles.Contains(word[0]) || DateUnits.Contains(word[0]));

    private static readonly FrozenSet<char> DateUnits = "年月日号".ToFrozenSet();

    public static bool HasDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c) || c is >= '０' and <= '９')
                return true;
        }
        return false;
    }

    /// <summary>A number or a date as words: numerals, perhaps with a unit after them (三十, 第一, 两个, 二〇二四年).</summary>
    public static bool IsNumber(string text)
    {
        var letters = text.Replace(WordPhrases.Separator.ToString(), "", StringComparison.Ordinal);
        if (letters.Length == 0)
            return false;
        if (HasDigit(letters))
            return true;
        // The five-year plans by their number, 十一五 to 十九五 (十四五规划): names, not numbers.
        if (letters.Length == 3 && letters[0] == '十' && letters[2] == '五' && "一二三四五六七八九".Contains(letters[1]))
            return false;
        var end = letters.Length;
        while (end > 1 && NumberUnits.Contains(letters[end - 1]))
            end--;
        return letters[..end].All(Numerals.Contains);
    }

    /// <summary>
    /// Whether a term of the index is one to list: two characters or more, one of them a letter
    /// (not punctuation), not a number or date, not furniture; a phrase neither begins nor ends with
    /// furniture (今年 经济 社会) or a one-character word cut from a compound (see <c>Openers</c>,
    /// <c>Closers</c>). (No phrase holds a particle.)
    /// </summary>
    public static bool IsListed(string term)
    {
        var display = Display(term);
        if (display.Length < 2 || !display.Any(char.IsLetter) || IsNumber(term) || Furniture.Contains(display))
            return false;
        if (!term.Contains(WordPhrases.Separator))
            return true;
        var words = term.Split(WordPhrases.Separator);
        var (first, last) = (words[0], words[^1]);
        // A number and one character is a policy's short name of its own (三 农, 四 化); one-character
        // words in a row are a compound SmartCn did not know (节能 减 排), not a compound cut in two.
        var numbered = first.Length == 1 && Counting.Contains(first[0]) && last.Length == 1 && words.Length == 2;
        return !Furniture.Contains(first) && !Furniture.Contains(last)
            && (first.Length > 1 || Openers.Contains(first[0]) || words[1].Length == 1)
            && (last.Length > 1 || Closers.Contains(last[0]) || words[^2].Length == 1 || numbered);
    }

    /// <summary>A term as a reader writes it: the separator between two Chinese words dropped (新型城镇化), kept between Latin words.</summary>
    public static string Display(string term)
    {
        if (!term.Contains(WordPhrases.Separator))
            return term;
        var text = new System.Text.StringBuilder(term.Length);
        for (var i = 0; i < term.Length; i++)
        {
            if (term[i] == WordPhrases.Separator && i > 0 && i + 1 < term.Length && !(IsLatin(term[i - 1]) && IsLatin(term[i + 1])))
                continue;
            text.Append(term[i]);
        }
        return text.ToString();
    }

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c);
}
