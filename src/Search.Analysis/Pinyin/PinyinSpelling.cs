using Search.Hanzi;

namespace Search.Analysis.Pinyin;

/// <summary>
/// One character's place in a spelling: a whole syllable (<c>lao</c>), or the start of one — an
/// initial (<c>l</c>) or the syllable still being typed (<c>sh</c>).
/// </summary>
public readonly record struct PinyinSlot(string Text, bool Complete)
{
    /// <summary>The characters this slot may stand for, in code point order.</summary>
    public IReadOnlyList<char> Characters => Complete ? [.. PinyinTable.CharactersReading(Text)] : PinyinTable.CharactersReadingFrom(Text);

    public bool Matches(char character)
    {
        foreach (var reading in PinyinTable.ReadingsOf(character))
        {
            if (Complete ? reading == Text : reading.StartsWith(Text, StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}

/// <summary>
/// One way to read Latin letters as Chinese characters: a slot per character. A word is spelled by
/// it when each of its characters has a reading its slot stands for; <see cref="Spells"/> asks for
/// the whole word, <see cref="Starts"/> for its first characters (the suggestions' case).
/// </summary>
public sealed record PinyinSpelling(IReadOnlyList<PinyinSlot> Slots)
{
    /// <summary>Whether <paramref name="word"/> has exactly one character per slot, each spelled by it.</summary>
    public bool Spells(string word) => word.Length == Slots.Count && FirstSpelled(word, Slots.Count);

    /// <summary>Whether the first characters of <paramref name="word"/> are spelled by the slots.</summary>
    public bool Starts(string word) => word.Length >= Slots.Count && FirstSpelled(word, Slots.Count);

    /// <summary>Whether <paramref name="word"/> is spelled by the first slots, one per character: a piece at the start of a longer spelling.</summary>
    public bool SpellsAtItsStart(string word) => word.Length > 0 && word.Length <= Slots.Count && FirstSpelled(word, word.Length);

    /// <summary>Whether the first <paramref name="count"/> characters of the word match the first as many slots.</summary>
    private bool FirstSpelled(string word, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (!Slots[i].Matches(word[i]))
                return false;
        }
        return true;
    }

    public override string ToString() => string.Join(' ', Slots.Select(slot => slot.Complete ? slot.Text : slot.Text + "…"));

    /// <summary>At most this many readings of one string as syllables: <c>xian</c> is <c>xian</c> and <c>xi an</c>.</summary>
    public const int MaxReadings = 16;

    /// <summary>Longer strings are not read as initials: few words have more characters.</summary>
    public const int MaxInitials = 8;

    /// <summary>
    /// What separates syllables besides a space: the apostrophe a Chinese input method writes between
    /// them while composing (<c>ren'gong'zhi'neng</c>, <c>xi'an</c>), straight or curly.
    /// </summary>
    private static readonly char[] Separators = [' ', '\'', '’'];

    /// <summary>Whether <paramref name="text"/> is only Latin letters and syllable separators, with a letter: what may be pinyin.</summary>
    public static bool IsLatin(string text) =>
        text.Any(char.IsAsciiLetter) && text.All(c => char.IsAsciiLetter(c) || Separators.Contains(c));

    /// <summary>
    /// Every way to cut <paramref name="text"/> into whole syllables (<c>laoshan</c> → lao shan),
    /// spaces and apostrophes being cuts the reader made (<c>jiaozhou shi</c>, <c>xi'an</c>); with <paramref name="lastMayBePartial"/>
    /// the last may be a syllable's start (<c>laos</c> → lao s…). None when the text is not pinyin.
    /// </summary>
    public static IReadOnlyList<PinyinSpelling> Syllables(string text, bool lastMayBePartial)
    {
        if (!IsLatin(text))
            return [];
        var parts = text.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        IEnumerable<List<PinyinSlot>> readings = [[]];
        for (var p = 0; p < parts.Length; p++)
        {
            var ofPart = Cuts(parts[p], lastMayBePartial && p == parts.Length - 1).Take(CutsConsidered).ToList();
            readings = [.. readings.SelectMany(before => ofPart.Select(cut => (List<PinyinSlot>)[.. before, .. cut])).Take(CutsConsidered)];
        }
        // Fewest syllables first: xin gai jian and xing ai jian both, not every variant of one.
        return [.. readings.Where(slots => slots.Count > 0).OrderBy(slots => slots.Count).Take(MaxReadings).Select(slots => new PinyinSpelling(slots))];
    }

    /// <summary>Each letter the initial of one character (<c>lsq</c> → 崂山区), separators ignored; none past <see cref="MaxInitials"/>.</summary>
    public static PinyinSpelling? Initials(string text)
    {
        if (!IsLatin(text))
            return null;
        var letters = string.Concat(text.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries));
        return letters.Length is >= 2 and <= MaxInitials
            ? new PinyinSpelling([.. letters.Select(letter => new PinyinSlot(letter.ToString(), Complete: false))])
            : null;
    }

    /// <summary>Cuts of one string looked at before the fewest-syllable ones are kept.</summary>
    private const int CutsConsidered = 64;

    /// <summary>
    /// The cuts of <paramref name="part"/> into syllables, longest syllable first. Which suffixes can be
    /// cut at all is settled first, from the end, so the walk never enters a dead end: each cut costs
    /// a few steps, however long and however ambiguous the string (<c>xianxian…q</c> has none, found at once).
    /// </summary>
    private static IEnumerable<List<PinyinSlot>> Cuts(string part, bool lastMayBePartial)
    {
        const int longest = 6; // zhuang, chuang, shuang
        var cuttable = new bool[part.Length + 1];
        cuttable[part.Length] = true;
        for (var at = part.Length - 1; at >= 0; at--)
        {
            for (var length = 1; length <= Math.Min(longest, part.Length - at) && !cuttable[at]; length++)
                cuttable[at] = cuttable[at + length] && IsSlot(at, length);
        }
        return cuttable[0] ? From(0) : [];

        // The syllable being typed is any syllable it starts, itself included: shan… is shan and shang.
        bool Typing(int at, int length) => lastMayBePartial && at + length == part.Length;

        bool IsSlot(int at, int length) => Typing(at, length)
            ? PinyinTable.IsSyllablePrefix(part.Substring(at, length))
            : PinyinTable.IsSyllable(part.Substring(at, length));

        IEnumerable<List<PinyinSlot>> From(int at)
        {
            if (at == part.Length)
            {
                yield return [];
                yield break;
            }
            for (var length = Math.Min(longest, part.Length - at); length >= 1; length--)
            {
                if (!cuttable[at + length] || !IsSlot(at, length))
                    continue;
                foreach (var tail in From(at + length))
                    yield return [new PinyinSlot(part.Substring(at, length), Complete: !Typing(at, length)), .. tail];
            }
        }
    }
}
