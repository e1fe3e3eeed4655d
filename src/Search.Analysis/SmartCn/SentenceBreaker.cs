using System.Globalization;

namespace Search.Analysis.SmartCn;

/// <summary>
/// Java's sentence <c>BreakIterator</c> (the JDK's rule-based one, <c>Locale.ROOT</c>), which SmartCn
/// uses to cut a chunk into sentences: a classification of code points and a 13-state automaton with
/// "mark" states for the look-ahead after a period. A bare line break is not a boundary.
/// </summary>
internal static class SentenceBreaker
{
    private enum Class : byte { Comma, Para, Period, Quote, Term, Upper, Lower, Danda, Other, Digit, Close, Open, Space, Ignore }

    // Rows: states 0 (stop) … 12; columns: the classes above except Ignore, which never moves the automaton.
    private static readonly byte[,] Transitions =
    {
        // , ¶  .  "  !  A  a  । %  9  )  (  ␣
        { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, // 0 stop
        { 1, 2, 5, 1, 11, 1, 1, 3, 1, 1, 1, 1, 1 }, // 1 scanning
        { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, // 2 after paragraph separator
        { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3 }, // 3 danda run
        { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, // 4 look-ahead satisfied
        { 1, 2, 5, 9, 11, 1, 1, 8, 8, 1, 5, 8, 6 }, // 5 after period
        { 1, 2, 5, 8, 11, 4, 1, 8, 8, 1, 1, 8, 7 }, // 6 period + one space
        { 1, 2, 5, 10, 11, 4, 4, 10, 10, 1, 1, 10, 7 }, // 7 period + spaces
        { 1, 2, 5, 8, 11, 4, 4, 8, 8, 1, 1, 8, 1 }, // 8 pending
        { 1, 2, 5, 9, 11, 4, 4, 10, 10, 1, 5, 10, 6 }, // 9 period + quote
        { 0, 0, 0, 8, 0, 4, 4, 8, 8, 0, 0, 8, 0 }, // 10 pending, strict
        { 0, 2, 11, 11, 11, 0, 0, 0, 0, 0, 11, 0, 12 }, // 11 terminator run
        { 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12 }, // 12 terminator + spaces
    };

    private const int SatisfiedState = 4;
    private static readonly bool[] Accepting = [false, true, true, true, true, false, false, false, false, false, false, true, true];
    private static readonly bool[] Marking = [false, false, false, false, true, true, true, true, false, true, false, false, false];

    private static readonly Class[] BmpClasses = BuildBmpClasses();

    /// <summary>Supplementary code points whose class in Java 17 differs from their general category's.</summary>
    private static readonly HashSet<int> SupplementaryCommas =
    [
        0x101FD, 0x102E0, 0x1037A, 0x10A03, 0x10A0F, 0x10A3A, 0x10A3F, 0x10D27, 0x10F50, 0x11001, 0x11046, 0x11081,
        0x110B6, 0x110BD, 0x110CD, 0x11102, 0x1112B, 0x11134, 0x11173, 0x111BE, 0x111CC, 0x111CF, 0x11231, 0x11234, 0x1123E,
        0x112DF, 0x112EA, 0x11340, 0x1136C, 0x11374, 0x1143F, 0x11444, 0x11446, 0x1145E, 0x114B8, 0x114BA, 0x115B5, 0x1163A,
        0x1163D, 0x116AB, 0x116AD, 0x116B5, 0x116B7, 0x1171F, 0x11725, 0x1172B, 0x11837, 0x1193E, 0x11943, 0x119D7, 0x119E0,
        0x11A0A, 0x11A38, 0x11A3E, 0x11A47, 0x11A56, 0x11A5B, 0x11A96, 0x11C36, 0x11C3D, 0x11C3F, 0x11CA7, 0x11CB0, 0x11D36,
        0x11D3A, 0x11D45, 0x11D47, 0x11D95, 0x11D97, 0x13438, 0x16AF4, 0x16B36, 0x16F4F, 0x16F92, 0x16FE4, 0x1BCA3, 0x1D169,
        0x1D182, 0x1D18B, 0x1D1AD, 0x1D244, 0x1DA36, 0x1DA6C, 0x1DA75, 0x1DA84, 0x1DA9F, 0x1DAAF, 0x1E006, 0x1E018, 0x1E021,
        0x1E02A, 0x1E136, 0x1E2EF, 0x1E8D6, 0x1E94A, 0xE0001, 0xE007F, 0xE01EF,
    ];

    private static readonly (int First, int Last)[] SupplementaryUppers =
        [(0x18CD6, 0x18CFF), (0x2A6DE, 0x2A6FF), (0x2B735, 0x2B73F), (0x2B81E, 0x2B81F), (0x2CEA2, 0x2CEAF), (0x2FA1E, 0x2FFFF)];

    /// <summary>
    /// The boundary after <paramref name="from"/> (itself a boundary) in <paramref name="text"/>; at least
    /// one code point is always consumed. Returns <paramref name="text"/>.Length at the end.
    /// </summary>
    public static int Next(ReadOnlySpan<char> text, int from)
    {
        var n = text.Length;
        var result = from + CodePointLength(text, from);
        var mark = 0;
        var state = 1;
        var i = from;
        while (i < n && text[i] != '\uFFFF' && state != 0)
        {
            var length = CodePointLength(text, i);
            var cls = ClassOf(text, i, length);
            if (cls != Class.Ignore)
                state = Transitions[state, (int)cls];
            var after = i + length;
            if (state == SatisfiedState)
                result = mark;
            else if (Marking[state])
                mark = after;
            else if (Accepting[state])
                result = after;
            i = after;
        }
        if (state != 0 && mark == n)
            result = mark;
        return result;
    }

    private static int CodePointLength(ReadOnlySpan<char> text, int at) =>
        char.IsHighSurrogate(text[at]) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]) ? 2 : 1;

    private static Class ClassOf(ReadOnlySpan<char> text, int at, int length)
    {
        if (length == 1)
            return BmpClasses[text[at]];
        var codePoint = char.ConvertToUtf32(text[at], text[at + 1]);
        if (SupplementaryCommas.Contains(codePoint))
            return Class.Comma;
        foreach (var (first, last) in SupplementaryUppers)
        {
            if (codePoint >= first && codePoint <= last)
                return Class.Upper;
        }
        return ByCategory(CharUnicodeInfo.GetUnicodeCategory(codePoint));
    }

    private static Class[] BuildBmpClasses()
    {
        var classes = new Class[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
            classes[c] = char.IsSurrogate((char)c) ? Class.Other : ClassOfBmp((char)c);
        return classes;
    }

    private static Class ClassOfBmp(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            return Class.Ignore;
        return c switch
        {
            ',' => Class.Comma,
            '\u2029' => Class.Para,
            '.' or '\uFF0E' => Class.Period,
            '"' or '\'' => Class.Quote,
            '!' or '?' or '\u3002' or '\uFF01' or '\uFF1F' => Class.Term,
            '\u0964' or '\u0965' => Class.Danda,
            '\t' or '\n' or '\f' or '\r' or '\u2028' => Class.Space,
            _ => ByCategory(category),
        };
    }

    private static Class ByCategory(UnicodeCategory category) => category switch
    {
        UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format => Class.Ignore,
        UnicodeCategory.SpaceSeparator => Class.Space,
        UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
            or UnicodeCategory.OtherLetter => Class.Upper,
        UnicodeCategory.LowercaseLetter => Class.Lower,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => Class.Digit,
        UnicodeCategory.ClosePunctuation or UnicodeCategory.FinalQuotePunctuation => Class.Close,
        UnicodeCategory.OpenPunctuation or UnicodeCategory.InitialQuotePunctuation => Class.Open,
        _ => Class.Other,
    };
}
