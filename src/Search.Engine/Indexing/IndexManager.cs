using System.Diagnostics;
using Search.Analysis;
using Search.Corpus;
using Search.Engine.Searching;
using Search.Index;
using Search.Index.Building;
using Search.Index.Storage;

namespace Search.Engine.Indexing;

/// <summary>
/// Owns the index the service searches: loads it at start-up, building it from the corpus when it
/// is missing, stale, damaged or built by other code; rebuilds on request into a new file swapped in
/// atomically. Searches in flight keep the <see cref="Searcher"/> they started with, so a swap never
/// fails a request. A build that finds no article at all never replaces an index that has some.
/// </summary>
/// <param name="indexThreads">Threads for a build (<see cref="SearchOptions.IndexThreads"/>); 0 or less: one per core.</param>
public sealed class IndexManager(SearchPaths paths, WordAnalyzer analyzer, int indexThreads = 0)
{
    private readonly SemaphoreSlim _buildLock = new(1, 1);
    private readonly string _signature = AnalyzerSignature.Of(analyzer);
    private volatile Searcher? _current;
    private (DateTime Written, long Length)? _fileLastSeen;

    public string IndexPath => IndexFile.PathIn(paths.IndexDirectory);

    /// <summary>
    /// The searcher over the live index; null until one is loaded. For single-threaded tools: code
    /// that may run beside a rebuild takes a <see cref="Lease"/> instead.
    /// </summary>
    public Searcher? Current => _current;

    /// <summary>
    /// The live searcher, held until the lease is disposed: a rebuild may swap in a new index
    /// meanwhile, but this one stays readable until every lease on it is returned.
    /// </summary>
    public SearchLease? Lease()
    {
        while (_current is { } searcher)
        {
            searcher.Index.Enter();
            if (ReferenceEquals(searcher, _current))
                return new SearchLease(searcher);
            searcher.Index.Exit(); // swapped meanwhile: take the new one
        }
        return null;
    }

    /// <summary>Called before the new file replaces the old one; tests use it to simulate a crash at that moment.</summary>
    internal Action? BeforeSwap { get; set; }

    /// <summary>Loads the existing index if it is current, otherwise builds one.</summary>
    public Task<IndexReport> EnsureLoadedAsync(CancellationToken cancellation = default) => BuildAsync(force: false, cancellation);

    /// <summary>Rebuilds from the corpus (or reuses an index already built from the same corpus unless forced) and swaps it in.</summary>
    public async Task<IndexReport> BuildAsync(bool force, CancellationToken cancellation = default)
    {
        await _buildLock.WaitAsync(cancellation);
        try
        {
            return await Task.Run(() => Build(force), cancellation);
        }
        finally
        {
            _buildLock.Release();
        }
    }

    /// <summary>
    /// Serves the index file on disk if another process (the command line's <c>index</c>) has swapped
    /// a new one in since this one was loaded, or the first usable one when none could be loaded.
    /// Null when the file is the one served or while a build runs here (it loads what it writes). A
    /// replacement this code cannot read is reported, and the index already served stays.
    /// </summary>
    public async Task<IndexReport?> LoadIfReplacedAsync(CancellationToken cancellation = default)
    {
        if (!await _buildLock.WaitAsync(0, cancellation))
            return null;
        try
        {
            return await Task.Run(LoadIfReplaced, cancellation);
        }
        finally
        {
            _buildLock.Release();
        }
    }

    private IndexReport? LoadIfReplaced()
    {
        // The file's write time and length are a cheap first look; the metadata says which build it is.
        var file = new FileInfo(IndexPath);
        var seen = file.Exists ? (file.LastWriteTimeUtc, file.Length) : ((DateTime, long)?)null;
        if (seen is null || seen == _fileLastSeen)
            return null;
        _fileLastSeen = seen;

        var started = Stopwatch.GetTimestamp();
        var served = _current?.Index;
        var (metadata, problem) = IndexFile.ReadMetadata(IndexPath);
        if (metadata is not null && metadata.BuiltAt == served?.Metadata.BuiltAt && metadata.CorpusHash == served.Metadata.CorpusHash)
            return null;

        var incompatibility = Incompatibility(metadata, problem);
        var replacement = incompatibility is null ? Open(out incompatibility) : null;
        if (replacement is null)
        {
            return new IndexReport(served?.Count ?? 0, [], Stopwatch.GetElapsedTime(started), Reused: true,
                $"the index file on disk cannot be served ({incompatibility}); " +
                (served is null ? "no index is served" : "still serving the one loaded before"));
        }
        Swap(replacement);
        return new IndexReport(replacement.Index.Count, [], Stopwatch.GetElapsedTime(started), Reused: true, null)
        {
            Reason = "another process swapped in a new index file",
        };
    }

    /// <summary>Why an index file cannot be served by this code as it is; null when it can.</summary>
    private string? Incompatibility(IndexMetadata? metadata, string? problem) =>
        metadata is null ? problem
        : metadata.FormatVersion != IndexMetadata.CurrentFormatVersion ? $"index format {metadata.FormatVersion}, this code writes {IndexMetadata.CurrentFormatVersion}"
        : metadata.Analyzer != _signature ? "built with another analyzer"
        : null;

    private IndexReport Build(bool force)
    {
        var started = Stopwatch.GetTimestamp();
        IndexFile.RemoveLeftovers(paths.IndexDirectory);
        var fingerprinting = Task.Run(() => CorpusFingerprint.Of(paths.CorpusDirectory));

        var (existing, problem) = IndexFile.ReadMetadata(IndexPath);
        var incompatibility = Incompatibility(existing, problem);
        var builtByThisCode = incompatibility is null;
        // Hashing the corpus and loading the index each read hundreds of MB at 50,000 articles: do
        // both at once, and drop the loaded index if the corpus turns out to have changed.
        var opened = builtByThisCode && !force ? Open(out _) : null;
        var fingerprint = fingerprinting.GetAwaiter().GetResult();
        var current = builtByThisCode && existing!.CorpusHash == fingerprint;
        if (current && opened is not null)
        {
            Swap(opened);
            return new IndexReport(opened.Index.Count, [], Stopwatch.GetElapsedTime(started), Reused: true, null);
        }
        opened?.Index.Dispose();

        var reason = incompatibility
            ?? (existing!.CorpusHash != fingerprint ? "the corpus changed"
            : force ? "rebuild requested" : "the index file could not be loaded");

        var warnings = new List<CorpusWarning>();
        var builder = new IndexBuilder(analyzer, warnings.Add, indexThreads > 0 ? indexThreads : Environment.ProcessorCount);
        foreach (var article in new CorpusReader().Read(paths.CorpusDirectory, warnings.Add))
            builder.Add(article);

        if (builder.Count == 0 && existing is { ArticleCount: > 0 } && TryLoad(out _))
        {
            return new IndexReport(_current!.Index.Count, warnings, Stopwatch.GetElapsedTime(started), Reused: true,
                "the corpus yielded no article; the existing index was kept");
        }

        var metadata = new IndexMetadata(IndexMetadata.CurrentFormatVersion, _signature, fingerprint, builder.Count, DateTimeOffset.UtcNow);
        IndexFile.Write(IndexPath, builder.Build(), metadata, BeforeSwap);
        if (!TryLoad(out var failure))
            throw new InvalidDataException($"the index just written cannot be read: {failure}");
        var articles = builder.Count;
        builder = null;
        ReturnBuildMemory();
        // The index records the fingerprint taken before reading, so a change made meanwhile is
        // picked up by the next start or reindex; say so now rather than serve it silently.
        if (CorpusFingerprint.Of(paths.CorpusDirectory) != fingerprint)
            warnings.Add(new CorpusWarning(paths.CorpusDirectory, "the corpus changed while it was being indexed; it will be indexed again on the next start or reindex"));
        return new IndexReport(articles, warnings, Stopwatch.GetElapsedTime(started), Reused: false, null) { Reason = reason };
    }

    /// <summary>
    /// A build allocates far more than the index it leaves (postings buffers, every article's text);
    /// without a compacting collection the process would keep that memory after the swap. Rebuilds
    /// are rare, so one blocking collection afterwards is a fair price.
    /// </summary>
    private static void ReturnBuildMemory()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    private bool TryLoad(out string? problem)
    {
        if (Open(out problem) is not { } searcher)
            return false;
        Swap(searcher);
        return true;
    }

    /// <summary>A searcher over the index file, or null with the reason it cannot be read.</summary>
    private Searcher? Open(out string? problem)
    {
        try
        {
            problem = null;
            return new Searcher(new SearchIndex(IndexFile.Read(IndexPath)), analyzer);
        }
        catch (InvalidDataException e)
        {
            problem = e.Message;
            return null;
        }
    }

    private void Swap(Searcher searcher)
    {
        var retired = _current;
        _current = searcher;
        retired?.Index.Dispose();
    }
}

/// <summary>A searcher on loan: dispose to give it back.</summary>
public sealed class SearchLease(Searcher searcher) : IDisposable
{
    private int _returned;

    public Searcher Searcher => searcher;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _returned, 1) == 0)
            searcher.Index.Exit();
    }
}

/// <summary>What a load or build did: how many articles are live, what was skipped, how long it took.</summary>
public sealed record IndexReport(int Articles, IReadOnlyList<CorpusWarning> Warnings, TimeSpan Took, bool Reused, string? Problem)
{
    /// <summary>Why a new index was built (missing, stale, forced…); null when an existing one was reused.</summary>
    public string? Reason { get; init; }
}
