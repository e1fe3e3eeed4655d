using Search.Index;

namespace Search.Engine.Indexing;

/// <summary>
/// What an update must do to make the index hold the corpus: the files to read — new, or changed
/// since they were last read (a version the last commit has a <see cref="FileNote"/> of was read
/// already: it gave no article, or failed, and is not read again until it changes) — and the files
/// that are gone, whose articles go. A file that lost an article id to a file among those is read
/// again too: the id may be free now. A version whose reading failed for a cause that may pass (an
/// I/O error, a deadline missed) is read again when asked (<c>retryTransient</c>).
/// </summary>
internal sealed record CorpusDiff(
    IReadOnlyList<KeyValuePair<string, string>> ToRead,
    IReadOnlySet<string> Removed,
    CorpusChanges Changes)
{
    public bool IsEmpty => ToRead.Count == 0 && Removed.Count == 0;

    /// <param name="indexed">What the index holds per file (<see cref="ArticleIndex.FileVersions"/>).</param>
    /// <param name="notes">What the last commit noted of the file versions it read.</param>
    /// <param name="corpus">Every corpus file with its current hash.</param>
    /// <param name="retryTransient">Read again the versions whose reading failed for a cause that may have passed (at a start, or when asked by hand).</param>
    public static CorpusDiff Between(
        IReadOnlyDictionary<string, FileVersion> indexed,
        IReadOnlyList<FileNote> notes,
        IReadOnlyDictionary<string, string> corpus,
        bool retryTransient = false)
    {
        var noted = notes.Where(note => !(retryTransient && note.Transient)).ToDictionary(note => note.File, StringComparer.Ordinal);
        bool Known(KeyValuePair<string, string> file) =>
            indexed.GetValueOrDefault(file.Key)?.Hash == file.Value || noted.GetValueOrDefault(file.Key)?.Hash == file.Value;

        var changed = corpus.Where(file => !Known(file)).ToList();
        var removed = indexed.Keys.Concat(noted.Keys).Where(file => !corpus.ContainsKey(file)).ToHashSet(StringComparer.Ordinal);
        var changes = new CorpusChanges(
            Added: changed.Count(file => !indexed.ContainsKey(file.Key) && !noted.ContainsKey(file.Key)),
            Changed: changed.Count(file => indexed.ContainsKey(file.Key) || noted.ContainsKey(file.Key)),
            Removed: removed.Count);
        if (changed.Count == 0 && removed.Count == 0)
            return new CorpusDiff([], removed, changes);

        var touched = changed.Select(file => file.Key).Concat(removed).ToHashSet(StringComparer.Ordinal);
        var losers = notes.Where(note => note.LostTo.Any(touched.Contains) && corpus.ContainsKey(note.File))
            .Select(note => KeyValuePair.Create(note.File, corpus[note.File]));
        var toRead = changed.Concat(losers).DistinctBy(file => file.Key).OrderBy(file => file.Key, StringComparer.Ordinal).ToList();
        return new CorpusDiff(toRead, removed, changes);
    }
}
