using Search.Analysis.Recall;
using Search.Index;

namespace Search.Engine.Suggesting;

/// <summary>
/// Completions for what a user has typed so far: the corpus's own words (SmartCn words of two or
/// more characters found in at least two articles, most widely used first) and article titles, both
/// matched by prefix after the recall folding. Built once per index, on first use.
/// </summary>
public sealed class Suggester
{
    public const int MaxSuggestions = 10;
    private const int MinArticles = 2;

    private readonly Entry[] _entries; // ordered by folded key

    public Suggester(SearchIndex index)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in Enum.GetValues<Field>())
        {
            foreach (var (term, frequency) in index.Terms(field, Representation.Words))
                words[term] = Math.Max(words.GetValueOrDefault(term), frequency);
        }
        var wordEntries = words
            .Where(pair => pair.Value >= MinArticles && pair.Key.Length >= 2 && pair.Key.Any(char.IsLetter))
            .Select(pair => new Entry(CharacterFolding.Normalize(pair.Key), pair.Key, SuggestionKind.Word, pair.Value));
        var titleEntries = Enumerable.Range(0, index.Count)
            .Select(doc => index.Summary(doc).Title)
            .Distinct(StringComparer.Ordinal)
            .Select(title => new Entry(CharacterFolding.Normalize(title), title, SuggestionKind.Title, 0));
        _entries = [.. wordEntries.Concat(titleEntries).OrderBy(entry => entry.Key, StringComparer.Ordinal)];
    }

    /// <summary>Up to <see cref="MaxSuggestions"/> completions of <paramref name="prefix"/>: words first, most used first, then titles.</summary>
    public IReadOnlyList<Suggestion> Suggest(string? prefix)
    {
        var key = CharacterFolding.Normalize(prefix ?? "");
        if (key.Length == 0)
            return [];
        var first = LowerBound(key);
        var matches = new List<Entry>();
        for (var i = first; i < _entries.Length && _entries[i].Key.StartsWith(key, StringComparison.Ordinal); i++)
            matches.Add(_entries[i]);
        return matches
            .OrderBy(entry => entry.Kind)
            .ThenByDescending(entry => entry.Weight)
            .ThenBy(entry => entry.Key.Length)
            .ThenBy(entry => entry.Key, StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .Select(entry => new Suggestion(entry.Text, entry.Kind))
            .ToList();
    }

    private int LowerBound(string key)
    {
        int low = 0, high = _entries.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (string.CompareOrdinal(_entries[middle].Key, key) < 0)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }

    private sealed record Entry(string Key, string Text, SuggestionKind Kind, int Weight);
}

public enum SuggestionKind
{
    Word,
    Title,
}

public sealed record Suggestion(string Text, SuggestionKind Kind);
