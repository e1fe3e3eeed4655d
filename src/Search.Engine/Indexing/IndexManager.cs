using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Analysis;
using Search.Analysis.Filters;
using Search.Corpus;
using Search.Engine.Searching;
using Search.Index;
using Directory = Lucene.Net.Store.Directory;

namespace Search.Engine.Indexing;

/// <summary>
/// Owns the index the service searches, a Lucene index in <see cref="SearchPaths.IndexDirectory"/>:
/// opens it at start-up, building it from the corpus when it is missing, damaged or built by other
/// code; keeps it up to date file by file (<see cref="UpdateAsync"/>: a page added, changed or
/// removed is read alone and its articles added, replaced or deleted); rebuilds it whole on request.
/// Every change ends in one Lucene commit, so a crash at any moment leaves the last commit whole,
/// and readers see nothing of a change before it. Searches hold a <see cref="SearchLease"/> on a
/// point-in-time view from a <see cref="ViewManager"/>, refreshed after each commit: a search in
/// flight finishes on the view it started with. A change that would leave no article never replaces
/// an index that has some. One writer at a time: within the process by a lock, across processes by
/// Lucene's write lock.
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

    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly string _signature = AnalyzerSignature.Of(analyzer);
    private readonly CorpusReader _reader = new(paths.CorpusDirectory, limits);
    private readonly CorpusScan _scan = new(new CorpusFolder(paths.CorpusDirectory, limits));
    private readonly TimeSpan _articleBudget = articleBudget ?? TimeSpan.FromSeconds(new SearchOptions().MaxSecondsPerArticle);
    private readonly int _threads = indexThreads > 0 ? indexThreads : Environment.ProcessorCount;
    // Not caching a failure: an index folder that could not be made (a file in its place, a full
    // disk) is tried again at the next attempt, once it may have been mended.
    private readonly Lazy<Directory> _directory = new(() => IndexStore.Open(paths.IndexDirectory), LazyThreadSafetyMode.PublicationOnly);
    private volatile ViewManager? _searchers;
    private long _rejectedGeneration = -1;

    /// <summary>A corpus state whose changes would leave no article: kept from, not read again until the corpus changes.</summary>
    private string? _keptFromFingerprint;

    public string IndexPath => paths.IndexDirectory;

    /// <summary>How long a write waits for another process's writer before giving up (and trying again later).</summary>
    public TimeSpan WriteLockTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Called just before a change is committed; tests use it to simulate a crash or a corpus edit at that moment.</summary>
    internal Action? BeforeCommit { get; set; }

    /// <summary>Whether an index is served: searches get a view.</summary>
    public bool IsServing => _searchers is not null;

    /// <summary>The latest view, held until the lease is disposed; null until an index is served.</summary>
    public SearchLease? Lease()
    {
        if (_searchers is not { } searchers)
            return null;
        var index = (ArticleIndex)searchers.Acquire();
        return new SearchLease(searchers, index, new Searcher(index, analyzer, pinyin));
    }

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

    /// <summary>Serves the existing index if this code can read it and brings it up to date with the corpus; otherwise builds one.</summary>
    public Task<IndexReport> EnsureLoadedAsync(CancellationToken cancellation = default) => Locked(EnsureLoaded, cancellation);

    /// <summary>Rebuilds the whole index when forced; otherwise as <see cref="EnsureLoadedAsync"/>.</summary>
    public Task<IndexReport> BuildAsync(bool force, CancellationToken cancellation = default) =>
        Locked(started => force ? Rebuild("rebuild requested", started) : EnsureLoaded(started), cancellation);

    /// <summary>
    /// Applies what changed in the corpus since the index was last written, file by file; null when
    /// nothing did, or when a write is already under way here (it will see the change itself or
    /// the next look will).
    /// </summary>
    public async Task<IndexReport?> UpdateAsync(CancellationToken cancellation = default)
    {
        if (!await _writeLock.WaitAsync(0, cancellation))
            return null;
        try
        {
            return await Task.Run(() => _searchers is null ? null : Update(Stopwatch.GetTimestamp(), retryTransient: false), cancellation);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>
    /// Serves a commit another process (the command line's <c>index</c>) made since this one was
    /// served, or the first usable index when none is served. Null when there is nothing new, or
    /// while a write runs here. A commit this code cannot read is reported once, and the view
    /// already served stays.
    /// </summary>
    public async Task<IndexReport?> LoadIfReplacedAsync(CancellationToken cancellation = default)
    {
        if (!await _writeLock.WaitAsync(0, cancellation))
            return null;
        try
        {
            return await Task.Run(LoadIfReplaced, cancellation);
        }
        finally
        {
            _writeLock.Release();
        }
    }

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

    private IndexReport EnsureLoaded(long started)
    {
        // The first search analyses its terms, and SmartCn loads its dictionaries on first use
        // (about a third of a second): let that happen while the index opens, not in the first search.
        _ = Task.Run(() => analyzer.Tokenize("青岛"));
        var problem = Unservable();
        if (problem is null && Serve() is { } failure)
            problem = $"the index could not be opened ({failure})";
        if (problem is not null)
            return Rebuild(problem, started);
        return Update(started, retryTransient: true) ?? Report(IndexAction.Reused, [], started);
    }

    /// <summary>Why the latest commit on disk cannot be served by this code; null when it can.</summary>
    private string? Unservable()
    {
        try
        {
            if (!IndexStore.Exists(_directory.Value))
                return "there is no index yet";
            return Incompatibility(IndexStore.LatestMetadata(_directory.Value));
        }
        catch (Exception e) when (IsDamage(e))
        {
            return $"the index cannot be read ({e.Message})";
        }
    }

    private string? Incompatibility(IndexMetadata? metadata) =>
        metadata is null ? "the index was not written by this service"
        : metadata.FormatVersion != IndexMetadata.CurrentFormatVersion ? $"index format {metadata.FormatVersion}, this code writes {IndexMetadata.CurrentFormatVersion}"
        : metadata.Analyzer != _signature ? "built with another analyzer"
        : null;

    /// <summary>
    /// What a damaged, half-written or foreign index throws when opened (Lucene's corrupt-index and
    /// format exceptions are I/O exceptions): a case for a rebuild. Not another process's write lock.
    /// </summary>
    private static bool IsDamage(Exception e) => e is IOException and not LockObtainFailedException;

    /// <summary>Opens or refreshes the view searches get; the reason when the index cannot be opened.</summary>
    private string? Serve()
    {
        try
        {
            if (_searchers is { } searchers)
                searchers.MaybeRefreshBlocking();
            else
                _searchers = new ViewManager(_directory.Value, new ArticleIndexFactory());
            return null;
        }
        catch (Exception e) when (IsDamage(e))
        {
            return e.Message;
        }
    }

    private IndexReport Rebuild(string reason, long started)
    {
        var warnings = new List<CorpusWarning>();
        if (!System.IO.Directory.Exists(paths.CorpusDirectory))
            warnings.Add(new CorpusWarning(paths.CorpusDirectory, ReadStage.Open, "the corpus folder does not exist", WholeFile: true));
        var hashes = _scan.Hashes(rehash: true);
        var fingerprint = CorpusFolder.Fingerprint(hashes);
        var articlesBefore = ServedCount();
        var feed = new ArticleFeed(_reader, hashes, lastOrder: -1, replace: _ => { });

        var committed = Write(create: true, writer =>
        {
            Add(writer, feed);
            if (feed.Count == 0 && articlesBefore > 0)
                return null;
            // One segment: every query then looks each term up and builds its scorers once, not
            // once per segment the indexing threads flushed (0.91× the query time at 10,000
            // articles, for 9% more build time). Updates add small segments that Lucene's merge
            // policy folds in as they accumulate.
            writer.ForceMerge(1);
            return Metadata(fingerprint, feed.Notes());
        });
        warnings.AddRange(feed.Warnings);
        if (!committed)
            return Report(IndexAction.Reused, warnings, started, "the corpus yielded no article; the existing index was kept");
        if (Serve() is { } failure)
            throw new InvalidDataException($"the index just written cannot be read: {failure}");
        ReturnBuildMemory();
        // The commit records the corpus as it was hashed before reading; a change made meanwhile is
        // picked up by the next update, but say so now rather than serve it silently.
        if (CorpusFolder.Fingerprint(_scan.Hashes(rehash: true)) != fingerprint)
            warnings.Add(new CorpusWarning(paths.CorpusDirectory, ReadStage.Read, "the corpus changed while it was being indexed; the change will be indexed by the next update"));
        return Report(IndexAction.Built, warnings, started) with { Reason = reason, Analysed = feed.Count };
    }

    /// <summary>
    /// The corpus's changes since the last commit, applied in one commit; null when there are none.
    /// The difference is taken once the write lock is held and the view refreshed, so it is against
    /// the latest commit, whoever made it. Each file read stands on its own: a changed file whose new
    /// version fails as a whole keeps its earlier articles, and what reading each file said is
    /// committed as its note, so a file is read once per version — or, where its reading failed for
    /// a cause that may have passed, once more at the next start (<paramref name="retryTransient"/>).
    /// </summary>
    private IndexReport? Update(long started, bool retryTransient)
    {
        if (_searchers is null || LatestMetadata() is not { } onDisk || Incompatibility(onDisk) is not null)
            return null; // nothing served yet, or a commit this code cannot read: LoadIfReplaced reports it
        var hashes = _scan.Hashes();
        var fingerprint = CorpusFolder.Fingerprint(hashes);
        var retrying = retryTransient && onDisk.Notes.Any(note => note.Transient);
        if ((fingerprint == onDisk.CorpusFingerprint && !retrying) || fingerprint == _keptFromFingerprint)
            return null;

        CorpusDiff? diff = null;
        ArticleFeed? feed = null;
        var wouldEmpty = false;
        var refreshed = false;
        var committed = Write(create: false, writer =>
        {
            var before = ServedGeneration();
            Serve();
            refreshed = ServedGeneration() != before;
            using var lease = Lease()!;
            var view = lease.Searcher.Index;
            var indexed = view.FileVersions();
            var notes = view.Metadata?.Notes ?? [];
            diff = CorpusDiff.Between(indexed, notes, hashes, retrying);
            if (diff.IsEmpty && (refreshed || fingerprint == onDisk.CorpusFingerprint))
                return null; // another process committed this corpus meanwhile (the refresh above serves it), or nothing to retry

            foreach (var file in diff.Removed)
                writer.DeleteDocuments(new Term(ArticleFields.File, file));
            var replaced = new HashSet<string>(diff.Removed, StringComparer.Ordinal);
            feed = new ArticleFeed(_reader, diff.ToRead, view.LastOrder,
                replace: file =>
                {
                    writer.DeleteDocuments(new Term(ArticleFields.File, file));
                    replaced.Add(file);
                },
                heldBy: id => view.DocOf(id) is { } doc && view.FileOf(doc) is var file && !diff.Removed.Contains(file) ? file : null,
                release: id => writer.DeleteDocuments(new Term(ArticleFields.Id, id)),
                hashOf: file => hashes.GetValueOrDefault(file));
            Add(writer, feed);

            var kept = view.Count - replaced.Sum(file => indexed.GetValueOrDefault(file)?.Articles ?? 0);
            if (kept + feed.Count == 0 && view.Count > 0)
            {
                wouldEmpty = true;
                return null;
            }
            // A note stays while its file is at the version it speaks of (a file back at its indexed
            // version has no failure to report) and was not read again.
            var carried = notes.Where(note => !feed.Files.Contains(note.File) && hashes.GetValueOrDefault(note.File) == note.Hash);
            return Metadata(fingerprint, [.. carried, .. feed.Notes()]);
        });
        if (!committed)
        {
            if (wouldEmpty)
                _keptFromFingerprint = fingerprint;
            return wouldEmpty ? Report(IndexAction.Reused, feed!.Warnings, started, "the corpus yielded no article; the existing index was kept")
                : refreshed ? Report(IndexAction.Loaded, [], started) with { Reason = "another process committed a new index" }
                : null;
        }
        Serve();
        if (feed!.Characters > LargeUpdateCharacters)
            ReturnBuildMemory();
        return Report(IndexAction.Updated, feed.Warnings, started) with
        {
            Reason = $"the corpus changed: {diff!.Changes}",
            Changes = diff.Changes,
            Analysed = feed.Count,
        };
    }

    private IndexMetadata Metadata(string fingerprint, IReadOnlyList<FileNote> notes) =>
        new(IndexMetadata.CurrentFormatVersion, _signature, fingerprint, DateTimeOffset.UtcNow) { Notes = notes };

    /// <summary>The latest commit's metadata; null when there is none, it is not ours, or it cannot be read right now.</summary>
    private IndexMetadata? LatestMetadata()
    {
        try
        {
            return IndexStore.Exists(_directory.Value) ? IndexStore.LatestMetadata(_directory.Value) : null;
        }
        catch (Exception e) when (IsDamage(e))
        {
            return null;
        }
    }

    private IndexReport? LoadIfReplaced()
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            if (!IndexStore.Exists(_directory.Value))
                return null;
            var commits = DirectoryReader.ListCommits(_directory.Value);
            var latest = commits[^1];
            if (latest.Generation == ServedGeneration() || latest.Generation == _rejectedGeneration)
                return null;
            // Served only when this code can read it; Serve is not even tried otherwise.
            if ((Incompatibility(IndexMetadata.FromUserData(latest.UserData)) ?? Serve()) is { } incompatibility)
            {
                _rejectedGeneration = latest.Generation;
                return Report(IndexAction.Reused, [], started,
                    $"the index on disk cannot be served ({incompatibility}); " + (_searchers is null ? "no index is served" : "still serving the one loaded before"));
            }
            return Report(IndexAction.Loaded, [], started) with { Reason = "another process committed a new index" };
        }
        catch (Exception e) when (IsDamage(e))
        {
            return null; // a commit being written or removed right now: the next look sees it whole
        }
    }

    /// <summary>The generation of the commit the latest view was opened on; -1 when none is served.</summary>
    private long ServedGeneration()
    {
        using var lease = Lease();
        return lease?.Searcher.Index.IndexReader is DirectoryReader reader ? reader.IndexCommit.Generation : -1;
    }

    private int ServedCount()
    {
        using var lease = Lease();
        return lease?.Searcher.Index.Count ?? 0;
    }

    /// <summary>
    /// One change in one commit. <paramref name="work"/> feeds the writer and returns the metadata to
    /// commit it with, or null to keep nothing of what it did; anything else — a null, an exception —
    /// rolls the writer back, leaving the last commit as it was (a Lucene writer that is merely
    /// closed would commit).
    /// </summary>
    private bool Write(bool create, Func<IndexWriter, IndexMetadata?> work)
    {
        var writer = IndexStore.Writer(_directory.Value, analyzer, create, _threads, WriteLockTimeout);
        var committed = false;
        try
        {
            if (work(writer) is not { } metadata)
                return false;
            writer.SetCommitData(metadata.ToUserData());
            BeforeCommit?.Invoke();
            writer.Commit();
            committed = true;
            return true;
        }
        finally
        {
            if (committed)
                writer.Dispose();
            else
                writer.Rollback();
        }
    }

    /// <summary>
    /// Adds the feed's documents on every indexing thread: Lucene analyses each in the thread that
    /// adds it, within the article's time budget. An article whose analysis fails is dropped by
    /// Lucene and reported to the feed; any other failure is the writer's, and ends the change.
    /// </summary>
    private void Add(IndexWriter writer, ArticleFeed feed)
    {
        try
        {
            Parallel.ForEach(Partitioner.Create(feed.Documents(), EnumerablePartitionerOptions.NoBuffering),
                new ParallelOptions { MaxDegreeOfParallelism = _threads }, item =>
                {
                    try
                    {
                        using (AnalysisDeadline.Start(_articleBudget))
                            writer.AddDocument(item.Document);
                    }
                    catch (AnalysisException e)
                    {
                        feed.AnalysisFailed(item, e);
                    }
                });
        }
        catch (AggregateException e)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
    }

    private IndexReport Report(IndexAction action, IReadOnlyList<CorpusWarning> warnings, long started, string? problem = null) =>
        new(ServedCount(), warnings, Stopwatch.GetElapsedTime(started), action, problem);

    /// <summary>An update analysing more text than this (a long report, a bulk file) returns its memory as a build does.</summary>
    private const long LargeUpdateCharacters = 1 << 20;

    /// <summary>
    /// A full build allocates far more than the index it leaves (every article's text, the writer's
    /// buffers); without a compacting collection the process would keep that memory afterwards.
    /// Rebuilds are rare, so one blocking collection is a fair price.
    /// </summary>
    private static void ReturnBuildMemory()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    public void Dispose()
    {
        _searchers?.Dispose();
        if (_directory.IsValueCreated)
            _directory.Value.Dispose();
        _writeLock.Dispose();
    }
}

/// <summary>A view of the index on loan: dispose to give it back.</summary>
public sealed class SearchLease(ViewManager manager, ArticleIndex index, Searcher searcher) : IDisposable
{
    private int _returned;

    public Searcher Searcher => searcher;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _returned, 1) == 0)
            manager.Release(index);
    }
}

public enum IndexAction
{
    /// <summary>The index on disk was served as it was: the corpus had not changed (or nothing could replace it).</summary>
    Reused,

    /// <summary>The corpus files that changed were indexed again, alone.</summary>
    Updated,

    /// <summary>The whole index was built from the corpus.</summary>
    Built,

    /// <summary>A commit another process made was served.</summary>
    Loaded,
}

/// <summary>How many corpus files an update found new, changed and gone.</summary>
public sealed record CorpusChanges(int Added, int Changed, int Removed)
{
    public override string ToString() => $"{Added} file(s) added, {Changed} changed, {Removed} removed";
}

/// <summary>What the served index holds: see <see cref="IndexManager.Status"/>.</summary>
/// <param name="Generation">The Lucene commit served.</param>
/// <param name="IndexedFiles">Corpus files the index holds articles of.</param>
/// <param name="FileProblems">The files read with warnings or without an article, in corpus order.</param>
public sealed record IndexStatus(long Generation, DateTimeOffset? CommittedAt, int Articles, int IndexedFiles, IReadOnlyList<FileProblem> FileProblems);

/// <summary>A corpus file's note, and whether the index still serves the articles of its earlier version because this one failed.</summary>
public sealed record FileProblem(FileNote Note, bool KeptEarlier);

/// <summary>What a load, update or build did: how many articles are live, what was skipped, how long it took.</summary>
public sealed record IndexReport(int Articles, IReadOnlyList<CorpusWarning> Warnings, TimeSpan Took, IndexAction Action, string? Problem)
{
    public bool Reused => Action == IndexAction.Reused;

    /// <summary>Why the index was built, updated or loaded; null when it was reused.</summary>
    public string? Reason { get; init; }

    /// <summary>What an update found; null for other actions.</summary>
    public CorpusChanges? Changes { get; init; }

    /// <summary>How many articles were analysed and written: all of them in a build, those of the changed files in an update.</summary>
    public int Analysed { get; init; }

    /// <summary>What was done and why, for a log line: "built (there is no index yet)", "updated (…; 1 article analysed)", "kept", …</summary>
    public string Summary => Action switch
    {
        IndexAction.Reused when Problem is not null => "kept",
        IndexAction.Reused => Reason is null ? "reused" : $"reused ({Reason})",
        IndexAction.Updated => $"updated ({Reason}; {Analysed} article{(Analysed == 1 ? "" : "s")} analysed)",
        _ => $"{Action.ToString().ToLowerInvariant()} ({Reason})",
    };
}
