using Lucene.Net.Index;
using Search.Analysis.Pinyin;
using Search.Engine.Querying;
using Search.Index;

namespace Search.Engine.Pinyin;

/// <summary>
/// What a query typed in pinyin spells in the corpus: terms that must all match, each any of a few
/// Chinese strings (<c>laoshan yingshanghuanjing</c> → [崂山, 老山] AND [营商环境]). A query is read
/// as pinyin when it is nothing but plain Latin terms (no quotes, exclusions, field prefixes or
/// alternatives) of two syllables or more: one syllable is too ambiguous to search by, and reads
/// English words (<c>an</c>, <c>men</c>) as Chinese.
/// <para>
/// The whole query is first looked up as one word, the spaces only marking syllables
/// (<c>jiaozhou shi</c> → 胶州市). Else each term is a word of its own or, when no word of the corpus
/// spells it, the fewest consecutive words that do, joined into strings whose every join occurs in
/// the corpus (<c>ditie</c> → 地铁: SmartCn writes 地 and 铁 as two words). A term that spells nothing
/// leaves the query unread as pinyin.
/// </para>
/// </summary>
public static class SpelledQuery
{
    /// <summary>The most widely used strings kept per term: homophones beyond them add noise, not recall.</summary>
    public const int MaxStringsPerTerm = 12;

    /// <summary>Only the likeliest readings of a term are cut into several words.</summary>
    private const int MaxReadingsCut = 4;

    private const int MaxSlots = 16;

    private static readonly string BigramField = ArticleFields.Name(Field.All, Representation.Bigrams);

    /// <summary>The terms the query spells, or an empty list when it is not pinyin or spells nothing in the corpus.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Of(ParsedQuery parsed, ArticleIndex index)
    {
        if (Terms(parsed) is not { } terms)
            return [];
        var whole = Readings(string.Join(' ', terms), minSyllables: 2);
        if (whole.Count == 0)
            return [];
        if (Words(index, whole) is { Count: > 0 } words)
            return [words];

        var spelled = new List<IReadOnlyList<string>>();
        foreach (var term in terms)
        {
            var readings = Readings(term, minSyllables: 1);
            var strings = Words(index, readings) is { Count: > 0 } found ? found : Joined(index, readings);
            if (strings.Count == 0)
                return [];
            spelled.Add(strings);
        }
        return spelled;
    }

    /// <summary>The query's terms when every one is a plain Latin term of a single-term group.</summary>
    private static List<string>? Terms(ParsedQuery parsed)
    {
        if (parsed.MatchesEverything || parsed.Excluded.Count > 0 || parsed.Groups.Any(group => group.Count != 1))
            return null;
        var terms = parsed.Groups.Select(group => group[0]).ToList();
        return terms.All(term => !term.IsPhrase && !term.TitleOnly && PinyinSpelling.IsLatin(term.Text))
            ? [.. terms.Select(term => term.Text)]
            : null;
    }

    private static List<PinyinSpelling> Readings(string text, int minSyllables) =>
        [.. PinyinSpelling.Syllables(text, lastMayBePartial: false).Where(reading => reading.Slots.Count >= minSyllables && reading.Slots.Count <= MaxSlots)];

    /// <summary>
    /// Strings of consecutive words spelling a reading: the fewest words (dynamic programming over
    /// where words end), each word any of its homophones, joined where the corpus has the pair of
    /// characters at the join.
    /// </summary>
    private static IReadOnlyList<string> Joined(ArticleIndex index, IReadOnlyList<PinyinSpelling> readings)
    {
        foreach (var reading in readings.Take(MaxReadingsCut))
        {
            if (Cut(index, reading) is not { } parts)
                continue;
            IReadOnlyList<string> strings = parts[0];
            foreach (var part in parts.Skip(1))
            {
                strings = [.. strings.SelectMany(start => part.Select(word => (start, word)))
                    .Where(join => index.IndexReader.DocFreq(new Term(BigramField, $"{join.start[^1]}{join.word[0]}")) > 0)
                    .Select(join => join.start + join.word)
                    .Take(MaxStringsPerTerm)];
            }
            if (strings.Count > 0)
                return strings;
        }
        return [];
    }

    /// <summary>
    /// The fewest consecutive pieces of <paramref name="reading"/> that each spell a word, by dynamic
    /// programming over where pieces end; null when there are none. The words starting at one slot
    /// are found by one walk of the dictionary, whatever their length.
    /// </summary>
    private static List<IReadOnlyList<string>>? Cut(ArticleIndex index, PinyinSpelling reading)
    {
        var slots = reading.Slots;
        var best = new (int Pieces, int From, IReadOnlyList<string>? Words)[slots.Count + 1];
        for (var end = 1; end <= slots.Count; end++)
            best[end] = (int.MaxValue, -1, null);
        for (var start = 0; start < slots.Count; start++)
        {
            if (start > 0 && best[start].Words is null)
                continue;
            var rest = new PinyinSpelling([.. slots.Skip(start)]);
            var pieces = start == 0 ? 1 : best[start].Pieces + 1;
            foreach (var byLength in PinyinWords.Find(index, [rest], PinyinMatch.SpellingStart).GroupBy(pair => pair.Key.Length))
            {
                var end = start + byLength.Key;
                if (pieces < best[end].Pieces)
                    best[end] = (pieces, start, MostUsed(byLength));
            }
        }
        if (best[slots.Count].Words is null)
            return null;
        var result = new List<IReadOnlyList<string>>();
        for (var end = slots.Count; end > 0; end = best[end].From)
            result.Insert(0, best[end].Words!);
        return result;
    }

    /// <summary>The most used words some reading spells whole.</summary>
    private static IReadOnlyList<string> Words(ArticleIndex index, IReadOnlyList<PinyinSpelling> readings) =>
        MostUsed(PinyinWords.Find(index, readings, PinyinMatch.Whole));

    private static IReadOnlyList<string> MostUsed(IEnumerable<KeyValuePair<string, int>> words) =>
        [.. words.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Take(MaxStringsPerTerm).Select(pair => pair.Key)];
}
