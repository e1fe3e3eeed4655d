using Search.Hanzi;

namespace Search.Corpus;

/// <summary>
/// The text the reading rules read — the line classifier, districts, dateline, report year and
/// figures — so that a page printed in traditional characters or with full-width digits
/// (<c>１９５５年</c>, <c>６．５％</c>, as older reports are) reads exactly as the same page in
/// simplified characters and ASCII digits: traditional characters simplified
/// (<see cref="TraditionalChinese"/>), full-width digits, Latin letters, <c>％</c> and <c>．</c> as
/// ASCII. Chinese punctuation (<c>，。：；（）</c>) stays as it is: the rules are written for it.
/// One unit for one, so a place in the key is the same place in the text.
/// </summary>
public static class TextKey
{
    private static readonly CharacterMap Map = new(c =>
        c is (>= '０' and <= '９') or (>= 'Ａ' and <= 'Ｚ') or (>= 'ａ' and <= 'ｚ') or '％' or '．'
            ? (char)(c - 0xFEE0)
            : TraditionalChinese.Simplified(c));

    /// <summary><paramref name="text"/> as the rules read it; the text itself, not a copy, when nothing in it folds.</summary>
    public static string Of(string text) => Map.Apply(text);
}
