using Lucene.Net.Index;
using Search.Analysis.Pinyin;
using Search.Engine.Querying;
using Search.Index;

namespace Search.Engine.Pinyin;

/// <summary>
/// What a query typed in pinyin spells in the corpus: terms that must all match, each any of a few
/// Chinese strings (<c>laoshan yingshanghuanjing</c> → [崂山, 老山] AND [营商环境]). A query is read
/// as pinyin when it is nothing but plain Latin terms (no quotes, exclusions, field prefixes or
/// alternatives) of two syllables or more — one syllable is too ambiguous to search by, and reads
/// English words (<c>an</c>, <c>men</c>) as Chinese — or of the initials of a district's name.
/// <para>
/// The whole query is first looked up as one word, the spaces only marking syllables
/// (<c>jiaozhou shi</c> → 胶州市). Else each term is a word of its own or, when no word of the corpus
/// spells it, consecutive words that do — the fewest first — joined into strings whose every join
/// occurs in the corpus (<c>ditie</c> → 地铁: SmartCn writes 地 and 铁 as two words). A term that spells nothing
/// leaves the query unread as pinyin.
/// </para>
/// </summary>
public static class SpelledQuery
{
    /// <summary>The most widely used strings kept per term: homophones beyond them add noise, not recall.</summary>
    public const int MaxStringsPerTerm = 12;

    /// <summary>Only the likeliest readings of a term are cut into several words.</summary>
    private const int MaxReadingsCut = 4;

    /// <summary>Homophones of one length kept at a syllable when a term is cut into words.</summary>
    private const int WordsPerLength = 8;

    private const int MaxSlots = 16;

    private static readonly string BigramField = ArticleFields.Name(ArticlePart.All, Representation.Bigrams);

    /// <summary>The terms the query spells, or an empty list when it is not pinyin or spells nothing in the corpus.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Of(ParsedQuery parsed, ArticleIndex index)
    {
        if (Terms(parsed) is not { } terms)
            return [];
        var whole = Readings(string.Join(' ', terms), minSyllables: 2);
        if (whole.Count == 0)
            return PlaceInitials(index, string.Join(' ', terms));
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

    /// <summary>
    /// The names of the index's places a string of initials spells (<c>lsq</c> → 崂山区, <c>jzs</c> →
    /// 胶州市, <c>ls</c> → 崂山): in search, initials stand for places only. Of the corpus's words, two
    /// initials spell dozens (<c>ls</c>: 历史, 落实, 绿色 …), too many to search for; the suggestions offer those.
    /// </summary>
    private static IReadOnlyList<IReadOnlyList<string>> PlaceInitials(ArticleIndex index, string text) =>
        PinyinSpelling.Initials(text) is { } initials && index.PlaceNames.Where(initials.Spells).ToList() is { Count: > 0 } names
            ? [names]
            : [];

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
    /// Strings of consecutive words spelling a reading, each word any of its homophones, joined only
    /// where the corpus has the pair of characters at the join: a walk over the syllables that keeps,
    /// at each, the <see cref="MaxStringsPerTerm"/> strings of fewest words reaching it (of those,
    /// the ones whose rarest word is most used). The words starting at one syllable are found by one
    /// walk of the dictionary, whatever their length.
    /// </summary>
    private static IReadOnlyList<string> Joined(ArticleIndex index, IReadOnlyList<PinyinSpelling> readings)
    {
        var joins = new Dictionary<(char, char), bool>();
        bool Joins(char last, char first) => joins.TryGetValue((last, first), out var found) ? found
            : joins[(last, first)] = index.IndexReader.DocFreq(new Term(BigramField, $"{last}{first}")) > 0;

        var strings = new List<(string Text, int Words, int Rarest)>();
        foreach (var reading in readings.Take(MaxReadingsCut))
        {
            var slots = reading.Slots;
            var reached = new List<(string Text, int Words, int Rarest)>[slots.Count + 1];
            reached[0] = [("", 0, int.MaxValue)];
            for (var at = 0; at < slots.Count; at++)
            {
                if (reached[at] is not { Count: > 0 } here)
                    continue;
                var best = here.OrderBy(path => path.Words).ThenByDescending(path => path.Rarest).Take(MaxStringsPerTerm).ToList();
                foreach (var (word, articles) in WordsAt(index, reading, at))
                {
                    foreach (var path in best.Where(path => path.Text.Length == 0 || Joins(path.Text[^1], word[0])))
                        (reached[at + word.Length] ??= []).Add((path.Text + word, path.Words + 1, Math.Min(path.Rarest, articles)));
                }
            }
            strings.AddRange(reached[slots.Count] ?? []);
        }
        return [.. strings.OrderBy(path => path.Words).ThenByDescending(path => path.Rarest)
            .Select(path => path.Text).Distinct(StringComparer.Ordinal).Take(MaxStringsPerTerm)];
    }

    /// <summary>The most used words of each length spelled from slot <paramref name="at"/> on.</summary>
    private static IEnumerable<(string Word, int Articles)> WordsAt(ArticleIndex index, PinyinSpelling reading, int at) =>
        PinyinWords.Find(index, [new PinyinSpelling([.. reading.Slots.Skip(at)])], PinyinMatch.SpellingStart)
            .GroupBy(pair => pair.Key.Length)
            .SelectMany(byLength => byLength.OrderByDescending(pair => pair.Value).Take(WordsPerLength))
            .Select(pair => (pair.Key, pair.Value));

    /// <summary>The most used words some reading spells whole.</summary>
    private static IReadOnlyList<string> Words(ArticleIndex index, IReadOnlyList<PinyinSpelling> readings) =>
        MostUsed(PinyinWords.Find(index, readings, PinyinMatch.Whole));

    private static IReadOnlyList<string> MostUsed(IEnumerable<KeyValuePair<string, int>> words) =>
        [.. words.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Take(MaxStringsPerTerm).Select(pair => pair.Key)];
}
