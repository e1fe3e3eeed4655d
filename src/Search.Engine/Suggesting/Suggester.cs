using Search.Analysis.Folding;
using Search.Analysis.Pinyin;
using Search.Engine.Pinyin;
using Search.Index;

namespace Search.Engine.Suggesting;

/// <summary>
/// Completions for what a user has typed so far: the corpus's own words — the index's word terms
/// starting with the prefix, by a walk of the terms dictionary, kept when of two or more characters
/// and found in at least two articles, most widely used first — then article titles starting with
/// it. Both are matched after the index's folding, so a traditional prefix completes to simplified
/// words. A prefix of Latin letters is also read as pinyin — whole syllables with the last one still
/// being typed (<c>laos</c> → 崂山区, 崂山), or initials (<c>yshj</c> → 营商环境) — and completes to the
/// words and titles it starts, the names of the corpus's places first: they are what it is read by. The sorted
/// titles are built once per view of the index; the word walks need nothing built.
/// </summary>
public sealed class Suggester
{
    public const int MaxSuggestions = 10;
    private const int MinArticles = 2;

    /// <summary>A prefix of one common character starts thousands of words: the walk stops after this many.</summary>
    private const int MaxWordsWalked = 20_000;

    private readonly ArticleIndex _index;
    private readonly CharacterFolding _folding;
    private readonly (string Key, string Title)[] _titles; // ordered by folded key

    public Suggester(ArticleIndex index, CharacterFolding folding)
    {
        _index = index;
        _folding = folding;
        _titles = [.. index.Titles().Distinct(StringComparer.Ordinal)
            .Select(title => (folding.Normalize(title), title))
            .OrderBy(entry => entry.Item1, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Up to <see cref="MaxSuggestions"/> completions of <paramref name="prefix"/>: words first, most
    /// used first, then titles; with <paramref name="pinyin"/>, what a Latin prefix spells too.
    /// </summary>
    public IReadOnlyList<Suggestion> Suggest(string? prefix, bool pinyin = true)
    {
        var key = _folding.Normalize(prefix ?? "");
        if (key.Length == 0)
            return [];

        var words = WordsStartingWith(key);
        var titles = TitlesStartingWith(key);
        var spellings = pinyin ? Spellings(_folding.FoldEach(prefix!)) : [];
        if (spellings.Count == 0)
            return [.. Ranked(words).Concat(Titles(titles)).Take(MaxSuggestions)];

        // The names of the places the index holds reports of (every name each goes by): what the
        // service is searched and filtered by, whether or not an article spells one out whole.
        var placeNames = _index.PlaceNames;
        var places = placeNames.Where(name => spellings.Any(spelling => spelling.Starts(name)))
            .Select(name => new Suggestion(name, SuggestionKind.Word));
        var spelledWords = PinyinWords.Find(_index, spellings, PinyinMatch.WordStart)
            .Where(pair => !words.ContainsKey(pair.Key) && !placeNames.Contains(pair.Key))
            .ToDictionary(StringComparer.Ordinal);
        var spelledTitles = spellings.SelectMany(spelling => spelling.Slots[0].Characters
            .SelectMany(start => TitlesStartingWith(start.ToString()))
            .Where(entry => spelling.Starts(entry.Key)));
        return [.. places
            .Concat(Ranked(words))
            .Concat(Ranked(spelledWords))
            .Concat(Titles(titles.Concat(spelledTitles).DistinctBy(entry => entry.Title)))
            .DistinctBy(suggestion => suggestion.Text)
            .Take(MaxSuggestions)];
    }

    private Dictionary<string, int> WordsStartingWith(string key)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var part in Enum.GetValues<ArticlePart>())
        {
            foreach (var (term, frequency) in _index.TermsStartingWith(ArticleFields.Name(part, Representation.Words), key, MaxWordsWalked))
                words[term] = Math.Max(words.GetValueOrDefault(term), frequency);
        }
        return words;
    }

    /// <summary>Titles, shortest first.</summary>
    private static IEnumerable<Suggestion> Titles(IEnumerable<(string Key, string Title)> titles) => titles
        .OrderBy(entry => entry.Key.Length)
        .ThenBy(entry => entry.Key, StringComparer.Ordinal)
        .Select(entry => new Suggestion(entry.Title, SuggestionKind.Title));

    /// <summary>Words worth offering, most widely used first.</summary>
    private static IEnumerable<Suggestion> Ranked(IReadOnlyDictionary<string, int> words) => words
        .Where(pair => pair.Value >= MinArticles && pair.Key.Length >= 2 && pair.Key.Any(char.IsLetter))
        .OrderByDescending(pair => pair.Value)
        .ThenBy(pair => pair.Key.Length)
        .ThenBy(pair => pair.Key, StringComparer.Ordinal)
        .Select(pair => new Suggestion(pair.Key, SuggestionKind.Word));

    /// <summary>The readings of a Latin prefix as pinyin: syllables, the last one being typed, and initials.</summary>
    private static IReadOnlyList<PinyinSpelling> Spellings(string prefix)
    {
        var spellings = PinyinSpelling.Syllables(prefix.Trim(), lastMayBePartial: true).ToList();
        if (PinyinSpelling.Initials(prefix.Trim()) is { } initials)
            spellings.Add(initials);
        return spellings.Count > 0 && prefix.Count(char.IsAsciiLetter) >= 2 ? spellings : [];
    }

    private IEnumerable<(string Key, string Title)> TitlesStartingWith(string key)
    {
        int low = 0, high = _titles.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (string.CompareOrdinal(_titles[middle].Key, key) < 0)
                low = middle + 1;
            else
                high = middle;
        }
        for (var i = low; i < _titles.Length && _titles[i].Key.StartsWith(key, StringComparison.Ordinal); i++)
            yield return _titles[i];
    }
}

public enum SuggestionKind
{
    Word,
    Title,
}

public sealed record Suggestion(string Text, SuggestionKind Kind);
