using System.Diagnostics;
using Lucene.Net.Index;
using Search.Analysis;
using Search.Corpus;
using Search.Index;
using Directory = Lucene.Net.Store.Directory;

namespace Search.Engine.Indexing;

/// <summary>
/// Owns the index the service searches, a Lucene index in <see cref="SearchPaths.IndexDirectory"/>:
/// opens it at start-up, building it from the corpus when it is missing, damaged or built by other
/// code; keeps it up to date file by file (<see cref="UpdateAsync"/>: a page added, changed or
/// removed is read alone and its articles added, replaced or deleted); rebuilds it whole on request.
/// It decides what to do and when; the reader side (<see cref="IndexViews"/>: the views searches
/// lease) and the writer side (<see cref="IndexWrites"/>: builds and updates, each one commit) do
/// it. A change that would leave no article never replaces an index that has some. One writer at a
/// time: within the process by a lock, across processes by Lucene's write lock.
/// </summary>
/// <param name="indexThreads">Threads that analyse articles while writing (<see cref="SearchOptions.IndexThreads"/>); 0 or less: one per core.</param>
/// <param name="pinyin">Whether its searchers read Latin queries as pinyin too (<see cref="SearchOptions.Pinyin"/>).</param>
/// <param name="limits">How much of a corpus file is read (<see cref="SearchOptions.Limits"/>).</param>
/// <param name="articleBudget">How long the analysis of one article may take (<see cref="SearchOptions.MaxSecondsPerArticle"/>).</param>
public sealed class IndexManager(
    SearchPaths paths, WordAnalyzer analyzer, int indexThreads = 0, bool pinyin = true, CorpusLimits? limits = null, TimeSpan? articleBudget = null) : IDisposable
{
    /// <summary>The manager the settings describe: their analysis, threads, pinyin matching and limits.</summary>
    public static IndexManager For(SearchPaths paths, SearchOptions options) =>
        new(paths, WordAnalyzer.For(options.FoldTraditional), options.IndexThreads, options.Pinyin, options.Limits,
            TimeSpan.FromSeconds(options.MaxSecondsPerArticle > 0 ? options.MaxSecondsPerArticle : new SearchOptions().MaxSecondsPerArticle));

    /// <summary>
    /// Starts loading what analysis needs (<see cref="WordAnalyzer.WarmUp"/>) on a worker thread; a
    /// host calls it before it builds anything else, as the load is on the way to its first search.
    /// </summary>
    public static void StartWarmingAnalysis() => _ = WordAnalyzer.WarmUp();

    private readonly SemaphoreSlim _writeLock = new(1, 1);
    // Not caching a failure: an index folder that could not be made (a file in its place, a full
    // disk) is tried again at the next attempt, once it may have been mended.
    private readonly Lazy<Directory> _directory = new(() => IndexStore.Open(paths.IndexDirectory), LazyThreadSafetyMode.PublicationOnly);
    private readonly IndexViews _views = new(analyzer, pinyin);
    private long _rejectedGeneration = -1;

    private IndexWrites Writes => field ??= new IndexWrites(paths, analyzer, _views, () => _directory.Value,
        indexThreads > 0 ? indexThreads : Environment.ProcessorCount, limits, articleBudget ?? TimeSpan.FromSeconds(new SearchOptions().MaxSecondsPerArticle),
        () => WriteLockTimeout, () => BeforeCommit);

    public string IndexPath => paths.IndexDirectory;

    /// <summary>How long a write waits for another process's writer before giving up (and trying again later).</summary>
    public TimeSpan WriteLockTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Called just before a change is committed; tests use it to simulate a crash or a corpus edit at that moment.</summary>
    internal Action? BeforeCommit { get; set; }

    /// <summary>Whether an index is served: searches get a view.</summary>
    public bool IsServing => _views.IsServing;

    /// <summary>The latest view, held until the lease is disposed; null until an index is served.</summary>
    public SearchLease? Lease() => _views.Lease();

    /// <summary>
    /// What the served view holds and what reading the corpus said: its commit, its articles, and the
    /// corpus files read with warnings or without an article (each file once per version, so a
    /// restarted service or the command line lists them without reading the corpus). Null until an
    /// index is served.
    /// </summary>
    public IndexStatus? Status()
    {
        using var lease = Lease();
        if (lease is null)
            return null;
        var view = lease.Searcher.Index;
        var generation = view.IndexReader is DirectoryReader reader ? reader.IndexCommit.Generation : -1;
        var held = view.FileVersions();
        return new IndexStatus(generation, view.Metadata?.CommittedAt, view.Count, held.Count,
            [.. (view.Metadata?.Notes ?? []).Select(note => new FileProblem(note, KeptEarlier: note.Failed && held.ContainsKey(note.File)))]);
    }

    /// <summary>
    /// A copy of the corpus file versions the writer takes the served index to hold (what the next
    /// update is diffed against), and how often it has read them from a whole view rather than kept
    /// them: for tests.
    /// </summary>
    internal (IReadOnlyDictionary<string, FileVersion>? Versions, int WholeReads) IndexedFiles()
    {
        _writeLock.Wait();
        try
        {
            using var lease = Lease();
            return (lease is null ? null : new Dictionary<string, FileVersion>(Writes.IndexedFiles(lease.Searcher.Index)), Writes.WholeReads);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Serves the existing index if this code can read it and brings it up to date with the corpus; otherwise builds one.</summary>
    public Task<IndexReport> EnsureLoadedAsync(CancellationToken cancellation = default) => Locked(EnsureLoaded, cancellation);

    /// <summary>Rebuilds the whole index when forced; otherwise as <see cref="EnsureLoadedAsync"/>.</summary>
    public Task<IndexReport> BuildAsync(bool force, CancellationToken cancellation = default) =>
        Locked(started => force ? Writes.Rebuild("rebuild requested", started) : EnsureLoaded(started), cancellation);

    /// <summary>
    /// Applies what changed in the corpus since the index was last written, file by file; null when
    /// nothing did, or when a write is already under way here (it will see the change itself or
    /// the next look will).
    /// </summary>
    public Task<IndexReport?> UpdateAsync(CancellationToken cancellation = default) =>
        IfUnlocked(() => Writes.Update(Stopwatch.GetTimestamp(), retryTransient: false), cancellation);

    /// <summary>
    /// Serves a commit another process (the command line's <c>index</c>) made since this one was
    /// served, or the first usable index when none is served. Null when there is nothing new, or
    /// while a write runs here. A commit this code cannot read is reported once, and the view
    /// already served stays.
    /// </summary>
    public Task<IndexReport?> LoadIfReplacedAsync(CancellationToken cancellation = default) => IfUnlocked(LoadIfReplaced, cancellation);

    private async Task<IndexReport> Locked(Func<long, IndexReport> work, CancellationToken cancellation)
    {
        await _writeLock.WaitAsync(cancellation);
        try
        {
            return await Task.Run(() => work(Stopwatch.GetTimestamp()), cancellation);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>The work, unless a write is under way here: then null at once.</summary>
    private async Task<IndexReport?> IfUnlocked(Func<IndexReport?> work, CancellationToken cancellation)
    {
        if (!await _writeLock.WaitAsync(0, cancellation))
            return null;
        try
        {
            return await Task.Run(work, cancellation);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private IndexReport EnsureLoaded(long started)
    {
        // The first search analyses its terms: let SmartCn load its dictionaries while the index
        // opens, if the process has not started that already (StartWarmingAnalysis).
        StartWarmingAnalysis();
        var problem = Unservable();
        if (problem is null && _views.Refresh(_directory.Value) is { } failure)
            problem = $"the index could not be opened ({failure})";
        if (problem is not null)
            return Writes.Rebuild(problem, started);
        return Writes.Update(started, retryTransient: true) ?? Writes.Report(IndexAction.Reused, [], started);
    }

    /// <summary>Why the latest commit on disk cannot be served by this code; null when it can.</summary>
    private string? Unservable()
    {
        try
        {
            if (!IndexStore.Exists(_directory.Value))
                return "there is no index yet";
            return Writes.Incompatibility(IndexStore.LatestMetadata(_directory.Value));
        }
        catch (Exception e) when (IndexViews.IsDamage(e))
        {
            return $"the index cannot be read ({e.Message})";
        }
    }

    private IndexReport? LoadIfReplaced()
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            if (!IndexStore.Exists(_directory.Value))
                return null;
            var latest = DirectoryReader.ListCommits(_directory.Value)[^1];
            if (latest.Generation == _views.Generation || latest.Generation == _rejectedGeneration)
                return null;
            // Served only when this code can read it; a refresh is not even tried otherwise.
            if ((Writes.Incompatibility(IndexMetadata.FromUserData(latest.UserData)) ?? _views.Refresh(_directory.Value)) is { } incompatibility)
            {
                _rejectedGeneration = latest.Generation;
                return Writes.Report(IndexAction.Reused, [], started,
                    $"the index on disk cannot be served ({incompatibility}); " + (_views.IsServing ? "still serving the one loaded before" : "no index is served"));
            }
            return Writes.Report(IndexAction.Loaded, [], started) with { Reason = "another process committed a new index" };
        }
        catch (Exception e) when (IndexViews.IsDamage(e))
        {
            return null; // a commit being written or removed right now: the next look sees it whole
        }
    }

    public void Dispose()
    {
        _views.Dispose();
        if (_directory.IsValueCreated)
            _directory.Value.Dispose();
        _writeLock.Dispose();
    }
}
