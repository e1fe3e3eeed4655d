using Search.Index;

namespace Search.Engine.Indexing;

/// <summary>
/// What an update must do to make the index hold the corpus: the files to read (new, or changed
/// since their articles were indexed — but not those known to yield nothing at their current
/// hash), and the files whose articles must go first (changed or removed).
/// </summary>
internal sealed record CorpusDiff(
    IReadOnlyList<KeyValuePair<string, string>> ToRead,
    IReadOnlySet<string> ToReplace,
    CorpusChanges Changes)
{
    public bool IsEmpty => ToRead.Count == 0 && ToReplace.Count == 0;

    /// <param name="indexed">What the index holds per file (<see cref="ArticleIndex.FileVersions"/>).</param>
    /// <param name="corpus">Every corpus file with its current hash.</param>
    /// <param name="yieldsNothing">Whether a file at a hash was read before and gave no article.</param>
    public static CorpusDiff Between(
        IReadOnlyDictionary<string, FileVersion> indexed,
        IReadOnlyDictionary<string, string> corpus,
        Func<KeyValuePair<string, string>, bool> yieldsNothing)
    {
        var toRead = corpus.Where(file => indexed.GetValueOrDefault(file.Key)?.Hash != file.Value && !yieldsNothing(file)).ToList();
        var removed = indexed.Keys.Where(file => !corpus.ContainsKey(file)).ToList();
        var toReplace = corpus.Where(file => indexed.TryGetValue(file.Key, out var version) && version.Hash != file.Value)
            .Select(file => file.Key).Concat(removed).ToHashSet(StringComparer.Ordinal);
        var changes = new CorpusChanges(
            Added: toRead.Count(file => !indexed.ContainsKey(file.Key)),
            Changed: toReplace.Count - removed.Count,
            Removed: removed.Count);
        return new CorpusDiff(toRead, toReplace, changes);
    }
}
