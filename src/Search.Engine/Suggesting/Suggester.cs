using Search.Analysis.Recall;
using Search.Index;

namespace Search.Engine.Suggesting;

/// <summary>
/// Completions for what a user has typed so far: the corpus's own words — the index's word terms
/// starting with the prefix, by a walk of the terms dictionary, kept when of two or more characters
/// and found in at least two articles, most widely used first — then article titles starting with
/// it. Both are matched after the recall folding. The sorted titles are built once per view of the
/// index; the word walk needs nothing built.
/// </summary>
public sealed class Suggester
{
    public const int MaxSuggestions = 10;
    private const int MinArticles = 2;

    /// <summary>A prefix of one common character starts thousands of words: the walk stops after this many.</summary>
    private const int MaxWordsWalked = 20_000;

    private readonly ArticleIndex _index;
    private readonly (string Key, string Title)[] _titles; // ordered by folded key

    public Suggester(ArticleIndex index)
    {
        _index = index;
        _titles = [.. index.Titles().Distinct(StringComparer.Ordinal)
            .Select(title => (CharacterFolding.Normalize(title), title))
            .OrderBy(entry => entry.Item1, StringComparer.Ordinal)];
    }

    /// <summary>Up to <see cref="MaxSuggestions"/> completions of <paramref name="prefix"/>: words first, most used first, then titles.</summary>
    public IReadOnlyList<Suggestion> Suggest(string? prefix)
    {
        var key = CharacterFolding.Normalize(prefix ?? "");
        if (key.Length == 0)
            return [];

        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in Enum.GetValues<Field>())
        {
            foreach (var (term, frequency) in _index.TermsStartingWith(ArticleFields.Name(field, Representation.Words), key, MaxWordsWalked))
                words[term] = Math.Max(words.GetValueOrDefault(term), frequency);
        }
        var wordSuggestions = words
            .Where(pair => pair.Value >= MinArticles && pair.Key.Length >= 2 && pair.Key.Any(char.IsLetter))
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key.Length)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new Suggestion(pair.Key, SuggestionKind.Word));
        var titleSuggestions = TitlesStartingWith(key)
            .OrderBy(entry => entry.Key.Length)
            .ThenBy(entry => entry.Key, StringComparer.Ordinal)
            .Select(entry => new Suggestion(entry.Title, SuggestionKind.Title));
        return [.. wordSuggestions.Concat(titleSuggestions).Take(MaxSuggestions)];
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
