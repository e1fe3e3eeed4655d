using Search.Analysis.Pinyin;
using Search.Engine.Querying;
using Search.Index;

namespace Search.Engine.Pinyin;

/// <summary>
/// What a query typed in pinyin spells in the corpus: its Chinese words, as consecutive parts each
/// any of several words (<c>laoshan yingshanghuanjing</c> → [崂山] [营商环境]). A query is read as
/// pinyin when it is nothing but plain Latin terms (no quotes, exclusions, field prefixes or
/// alternatives) of two syllables or more: one syllable is too ambiguous to search by, and
/// reads English words (<c>an</c>, <c>men</c>) as Chinese. The whole string is first looked up as
/// one word; when no word spells it, as the fewest consecutive words that do.
/// </summary>
public static class SpelledQuery
{
    /// <summary>The most widely used words kept per part: homophones beyond them add noise, not recall.</summary>
    public const int MaxWordsPerPart = 12;

    /// <summary>Only the likeliest readings of the string are cut into several words.</summary>
    private const int MaxReadingsCut = 4;

    private const int MaxSlots = 16;

    /// <summary>The parts the query spells, or an empty list when it is not pinyin or spells nothing in the corpus.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Of(ParsedQuery parsed, ArticleIndex index)
    {
        if (Text(parsed) is not { } text)
            return [];
        var readings = PinyinSpelling.Syllables(text, lastMayBePartial: false)
            .Where(reading => reading.Slots.Count is >= 2 and <= MaxSlots).ToList();
        if (readings.Count == 0)
            return [];
        if (Words(index, readings, new Dictionary<string, IReadOnlyList<string>>()) is { Count: > 0 } whole)
            return [whole];
        var known = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var reading in readings.Take(MaxReadingsCut))
        {
            if (Cut(index, reading, known) is { } parts)
                return parts;
        }
        return [];
    }

    /// <summary>The query's terms, spaced, when every one is a plain Latin term of a single-term group.</summary>
    private static string? Text(ParsedQuery parsed)
    {
        if (parsed.MatchesEverything || parsed.Excluded.Count > 0 || parsed.Groups.Any(group => group.Count != 1))
            return null;
        var terms = parsed.Groups.Select(group => group[0]).ToList();
        return terms.All(term => !term.IsPhrase && !term.TitleOnly && PinyinSpelling.IsLatin(term.Text))
            ? string.Join(' ', terms.Select(term => term.Text))
            : null;
    }

    /// <summary>
    /// The fewest consecutive parts of <paramref name="reading"/> that each spell a word, by dynamic
    /// programming over where parts end; null when some syllable starts no word.
    /// </summary>
    private static List<IReadOnlyList<string>>? Cut(ArticleIndex index, PinyinSpelling reading, Dictionary<string, IReadOnlyList<string>> known)
    {
        var slots = reading.Slots;
        var best = new (int Parts, int From, IReadOnlyList<string>? Words)[slots.Count + 1];
        for (var end = 1; end <= slots.Count; end++)
        {
            best[end] = (int.MaxValue, -1, null);
            for (var start = 0; start < end; start++)
            {
                if (start > 0 && best[start].Words is null)
                    continue;
                var parts = start == 0 ? 1 : best[start].Parts + 1;
                if (parts >= best[end].Parts)
                    continue;
                var piece = new PinyinSpelling([.. slots.Skip(start).Take(end - start)]);
                if (Words(index, [piece], known) is { Count: > 0 } words)
                    best[end] = (parts, start, words);
            }
        }
        if (best[slots.Count].Words is null)
            return null;
        var result = new List<IReadOnlyList<string>>();
        for (var end = slots.Count; end > 0; end = best[end].From)
            result.Insert(0, best[end].Words!);
        return result;
    }

    /// <summary>The most used words some reading spells whole, remembered by spelling for the cuts.</summary>
    private static IReadOnlyList<string> Words(ArticleIndex index, IReadOnlyList<PinyinSpelling> readings, Dictionary<string, IReadOnlyList<string>> known)
    {
        var key = string.Join('|', readings);
        if (known.TryGetValue(key, out var words))
            return words;
        words = [.. PinyinWords.Find(index, readings, prefix: false)
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(MaxWordsPerPart)
            .Select(pair => pair.Key)];
        known[key] = words;
        return words;
    }
}
