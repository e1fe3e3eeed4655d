using Search.Corpus;

namespace Search.Engine.Indexing;

/// <summary>
/// The corpus folder's files with their content hashes, remembered between looks: a file whose
/// stamp (length and write time of it and its sidecar) is as last time keeps its hash, so looking
/// again every second costs a directory listing and a stat per file, not a read of the corpus.
/// Not thread-safe: the index manager looks under its write lock.
/// </summary>
internal sealed class CorpusScan(CorpusFolder folder)
{
    private readonly Dictionary<string, (string Stamp, string Hash)> _known = new(StringComparer.Ordinal);

    /// <summary>Every file the reader would read, with its hash, in corpus order.</summary>
    /// <param name="rehash">Hash every file again, stamp or not (a forced rebuild trusts nothing).</param>
    public IReadOnlyDictionary<string, string> Hashes(bool rehash = false)
    {
        var files = folder.Files();
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var stamp = folder.Stamp(file);
            if (rehash || !_known.TryGetValue(file, out var known) || known.Stamp != stamp)
                known = (stamp, folder.Hash(file));
            _known[file] = known;
            hashes[file] = known.Hash;
        }
        foreach (var gone in _known.Keys.Where(file => !hashes.ContainsKey(file)).ToList())
            _known.Remove(gone);
        return hashes;
    }
}
