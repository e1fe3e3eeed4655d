using Search.Analysis.Terms;

namespace Search.Engine.Terms;

/// <summary>
/// Phrases over their fragments: among the terms of one list, a term inside a longer one (by whole
/// words: 社会主义 市场 inside 社会主义 市场 经济) that stands in it at least three times in four is
/// read as part of it, and goes. The other way round, where <c>dropContexts</c>, a phrase around a
/// term that stands alone at least twice as often (建立 人民公社, 3, beside 人民公社, 18) is in the
/// list only because of that term, and goes: what a new-terms list must say once. Between the two
/// (节能 减排, 5, beside 减排, 8) both are terms of their own.
/// </summary>
public static class Fragments
{
    /// <param name="mentions">Each term's mentions in the texts the list is of.</param>
    public static IReadOnlySet<string> Dropped(IReadOnlyDictionary<string, int> mentions, bool dropContexts)
    {
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (phrase, count) in mentions)
        {
            var words = phrase.Split(WordPhrases.Separator);
            for (var length = 1; length < words.Length; length++)
            {
                for (var start = 0; start + length <= words.Length; start++)
                {
                    var part = string.Join(WordPhrases.Separator, words, start, length);
                    if (!mentions.TryGetValue(part, out var partCount))
                        continue;
                    if (count * 4 >= partCount * 3)
                        dropped.Add(part);
                    else if (dropContexts && count * 2 <= partCount)
                        dropped.Add(phrase);
                }
            }
        }
        return dropped;
    }
}
