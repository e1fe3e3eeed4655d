using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Analysis;
using Directory = Lucene.Net.Store.Directory;

namespace Search.Index;

/// <summary>
/// Where the index lives: a Lucene directory in a folder, and how the service opens it to read and
/// to write. Searches read through <see cref="MappedReadDirectory"/> (maps of our own; merges read
/// by position, <see cref="PositionalReadDirectory"/>): measured in one process on the query mix
/// (`Search.Bench directories`, docs/benchmarks.md), Lucene.Net's MMapDirectory, the default on
/// Linux, took 1.23× the time of NIOFSDirectory on one thread and 1.66× on two; positional reads
/// 0.92× and 0.85×; our maps 0.74× and 0.83× the time of positional reads at 50,000 articles.
/// </summary>
public static class IndexStore
{
    public static Directory Open(string folder)
    {
        System.IO.Directory.CreateDirectory(folder);
        return new MappedReadDirectory(new DirectoryInfo(folder));
    }

    /// <summary>Whether the folder holds a committed Lucene index.</summary>
    public static bool Exists(Directory directory) => DirectoryReader.IndexExists(directory);

    /// <summary>The metadata of the latest commit, without opening a reader; null when there is none or it is not ours.</summary>
    public static IndexMetadata? LatestMetadata(Directory directory)
    {
        if (!Exists(directory))
            return null;
        var commits = DirectoryReader.ListCommits(directory);
        return commits.Count == 0 ? null : IndexMetadata.FromUserData(commits[^1].UserData);
    }

    /// <summary>
    /// A writer over the folder: <paramref name="create"/> starts a new index that replaces the old
    /// one at its first commit (until then readers see the old one, and a crash leaves it whole).
    /// Even so, Lucene's writer reads the old commit when it opens; when that commit is damaged
    /// beyond reading, there is nothing to keep, and its files are cleared for the new index.
    /// </summary>
    /// <param name="threads">How many threads will add documents at once.</param>
    /// <param name="lockTimeout">How long to wait for another writer (another process) to finish.</param>
    public static IndexWriter Writer(Directory directory, WordAnalyzer words, bool create, int threads = 1, TimeSpan? lockTimeout = null)
    {
        IndexWriter Open() => new(directory, new IndexWriterConfig(WordAnalyzer.Version, ArticleFields.Analyzer(words))
        {
            OpenMode = create ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            Similarity = Similarities.Bm25,
            Codec = new ArticleCodec(),
            RAMBufferSizeMB = 64,
            // A build ends in one merged segment, which is never a compound file (the merge policy
            // keeps a segment over a tenth of the index out of one): packing each flushed segment
            // into a compound file first would copy it for nothing. Updates flush small segments
            // that stay, and keep them compound (fewer files open).
            UseCompoundFile = !create,
            MaxThreadStates = Math.Max(1, threads),
            WriteLockTimeout = (long)(lockTimeout ?? TimeSpan.FromSeconds(5)).TotalMilliseconds,
        });
        if (!create)
            return Open();
        RemoveOlderFormats(directory);
        try
        {
            return Open();
        }
        catch (Exception e) when (e is IOException and not LockObtainFailedException)
        {
            Clear(directory);
            return Open();
        }
    }

    /// <summary>Deletes every file of the index in the folder (Lucene's and the write lock), and nothing else there.</summary>
    public static void Clear(Directory directory)
    {
        foreach (var file in directory.ListAll().Where(IsIndexFile))
            directory.DeleteFile(file);
    }

    private static bool IsIndexFile(string name) =>
        name.StartsWith('_') || name.StartsWith("segments", StringComparison.Ordinal)
        || name.StartsWith("pending_segments", StringComparison.Ordinal) || name == IndexWriter.WRITE_LOCK_NAME;

    /// <summary>The SQLite file the hand-written engine kept (formats 1–5): a new index replaces it.</summary>
    private static void RemoveOlderFormats(Directory directory)
    {
        foreach (var file in directory.ListAll().Where(name => name.StartsWith("index.sqlite", StringComparison.Ordinal)))
            directory.DeleteFile(file);
    }
}
