namespace Search.Engine.Terms;

/// <summary>
/// Phrases over their fragments: among the terms of one list, a term inside a longer one
/// (社会主义市场 inside 社会主义市场经济体制) that stands in it at least three times in four is read as
/// part of it, and goes. The other way round, where <c>dropContexts</c>, a phrase around a term that
/// stands alone at least twice as often (建立人民公社, 3, beside 人民公社, 18) is in the list only
/// because of that term, and goes: what a new-terms list must say once. Between the two (节能减排, 5,
/// beside 减排, 8) both are terms of their own.
/// </summary>
public static class Fragments
{
    /// <summary>Parts longer than this are not looked for: no term of a list is that long, and the work stays linear in the list.</summary>
    private const int LongestPart = 24;

    /// <summary>The items of a list whose terms are not <see cref="Dropped"/>, in their order.</summary>
    public static List<T> Without<T>(IReadOnlyCollection<T> items, Func<T, string> term, Func<T, int> mentions, bool dropContexts)
    {
        var dropped = Dropped(items.ToDictionary(term, mentions, StringComparer.Ordinal), dropContexts);
        return [.. items.Where(item => !dropped.Contains(term(item)))];
    }

    /// <param name="mentions">Each term's mentions in the texts the list is of.</param>
    public static IReadOnlySet<string> Dropped(Dictionary<string, int> mentions, bool dropContexts)
    {
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        var lookup = mentions.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (term, count) in mentions)
        {
            for (var length = 2; length < term.Length && length <= LongestPart; length++)
            {
                for (var start = 0; start + length <= term.Length; start++)
                {
                    if (!lookup.TryGetValue(term.AsSpan(start, length), out var part, out var partCount))
                        continue;
                    if (count * 4 >= partCount * 3)
                        dropped.Add(part);
                    else if (dropContexts && count * 2 <= partCount)
                        dropped.Add(term);
                }
            }
        }
        return dropped;
    }
}
