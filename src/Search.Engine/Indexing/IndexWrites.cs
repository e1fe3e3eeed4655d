using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using Search.Analysis;
using Search.Analysis.Filters;
using Search.Corpus;
using Search.Index;
using Directory = Lucene.Net.Store.Directory;

namespace Search.Engine.Indexing;

/// <summary>
/// The writer side of the index: builds it whole from the corpus, or applies the corpus's changes
/// file by file, each change in one Lucene commit that a crash at any moment leaves whole, or rolled
/// back. It keeps which corpus file versions the last commit holds, so an update costs what changed,
/// not what the index holds. Every member is called under the manager's write lock; after each
/// commit the views are refreshed once.
/// </summary>
/// <param name="lockTimeout">How long a write waits for another process's writer (read at each write).</param>
/// <param name="beforeCommit">Called just before a change is committed (read at each write); tests simulate a crash there.</param>
internal sealed class IndexWrites(
    SearchPaths paths, WordAnalyzer analyzer, IndexViews views, Func<Directory> directory, int threads, CorpusLimits? limits, TimeSpan articleBudget,
    Func<TimeSpan> lockTimeout, Func<Action?> beforeCommit)
{
    private readonly string _signature = AnalyzerSignature.Of(analyzer);
    private readonly CorpusReader _reader = new(paths.CorpusDirectory, limits);
    private readonly CorpusScan _scan = new(new CorpusFolder(paths.CorpusDirectory, limits));

    /// <summary>A corpus state whose changes would leave no article: kept from, not read again until the corpus changes.</summary>
    private string? _keptFromFingerprint;

    /// <summary>The corpus file versions the commit of <see cref="_versionsGeneration"/> holds.</summary>
    private Dictionary<string, FileVersion>? _versions;
    private long _versionsGeneration = -1;

    /// <summary>How often the file versions were read from a whole view rather than kept: a diagnostic for tests.</summary>
    public int WholeReads { get; private set; }

    /// <summary>Why this code cannot serve an index with this metadata; null when it can.</summary>
    public string? Incompatibility(IndexMetadata? metadata) =>
        metadata is null ? "the index was not written by this service"
        : metadata.FormatVersion != IndexMetadata.CurrentFormatVersion ? $"index format {metadata.FormatVersion}, this code writes {IndexMetadata.CurrentFormatVersion}"
        : metadata.Analyzer != _signature ? "built with another analyzer"
        : null;

    /// <summary>
    /// The corpus file versions the served view holds: kept from the last commit made here, read
    /// from the view only when another process committed since (or at start).
    /// </summary>
    public IReadOnlyDictionary<string, FileVersion> IndexedFiles(ArticleIndex view)
    {
        var generation = view.IndexReader is DirectoryReader reader ? reader.IndexCommit.Generation : -1;
        if (_versions is null || generation != _versionsGeneration)
        {
            (_versions, _versionsGeneration) = (new Dictionary<string, FileVersion>(view.FileVersions(), StringComparer.Ordinal), generation);
            WholeReads++;
        }
        return _versions;
    }

    public IndexReport Rebuild(string reason, long started)
    {
        var warnings = new List<CorpusWarning>();
        if (!System.IO.Directory.Exists(paths.CorpusDirectory))
            warnings.Add(new CorpusWarning(paths.CorpusDirectory, ReadStage.Open, "the corpus folder does not exist", WholeFile: true));
        var hashes = _scan.Hashes(rehash: true);
        var fingerprint = CorpusFolder.Fingerprint(hashes);
        var articlesBefore = views.Count;
        var feed = new ArticleFeed(_reader, hashes, lastOrder: -1, replace: _ => { });

        var committed = Write(create: true, () => true, writer =>
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
        if (committed is null)
            return Report(IndexAction.Reused, warnings, started, "the corpus yielded no article; the existing index was kept");
        if (views.Refresh(directory()) is { } failure)
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
    /// The difference is taken once the write lock is held and the view is at the latest commit, so
    /// it is against the latest commit, whoever made it. Each file read stands on its own: a changed
    /// file whose new version fails as a whole keeps its earlier articles, and what reading each file
    /// said is committed as its note, so a file is read once per version — or, where its reading
    /// failed for a cause that may have passed, once more at the next start (<paramref name="retryTransient"/>).
    /// </summary>
    public IndexReport? Update(long started, bool retryTransient)
    {
        if (!views.IsServing || LatestCommit() is not { } onDisk || Incompatibility(onDisk.Metadata) is not null)
            return null; // nothing served yet, or a commit this code cannot read: loading reports it
        var hashes = _scan.Hashes();
        var fingerprint = CorpusFolder.Fingerprint(hashes);
        var retrying = retryTransient && onDisk.Metadata!.Notes.Any(note => note.Transient);
        if ((fingerprint == onDisk.Metadata!.CorpusFingerprint && !retrying) || fingerprint == _keptFromFingerprint)
            return null;

        CorpusDiff? diff = null;
        ArticleFeed? feed = null;
        var wouldEmpty = false;
        var refreshed = false;
        var touched = new HashSet<string>(StringComparer.Ordinal);
        var servedBefore = views.Generation;
        bool Ready()
        {
            if (!AtLatestCommit())
                return false;
            refreshed = views.Generation != servedBefore;
            return true;
        }
        var committed = Write(create: false, Ready, writer =>
        {
            using var lease = views.Lease()!;
            var view = lease.Searcher.Index;
            var indexed = IndexedFiles(view);
            var notes = view.Metadata?.Notes ?? [];
            diff = CorpusDiff.Between(indexed, notes, hashes, retrying);
            if (diff.IsEmpty && (refreshed || fingerprint == onDisk.Metadata.CorpusFingerprint))
                return null; // another process committed this corpus meanwhile (the refresh above serves it), or nothing to retry

            foreach (var file in diff.Removed)
                writer.DeleteDocuments(new Term(ArticleFields.File, file));
            var replaced = new HashSet<string>(diff.Removed, StringComparer.Ordinal);
            touched.UnionWith(diff.Removed);
            touched.UnionWith(diff.ToRead.Select(file => file.Key));
            feed = new ArticleFeed(_reader, diff.ToRead, view.LastOrder,
                replace: file =>
                {
                    // A file new to the index has nothing to delete; a delete asked for all the same
                    // would make Lucene open every segment to look, which costs more as the index grows.
                    if (indexed.ContainsKey(file))
                        writer.DeleteDocuments(new Term(ArticleFields.File, file));
                    replaced.Add(file);
                },
                heldBy: id =>
                {
                    var holder = view.DocOf(id) is { } doc && view.FileOf(doc) is var file && !diff.Removed.Contains(file) ? file : null;
                    if (holder is not null)
                        touched.Add(holder); // may lose the article to the file read now
                    return holder;
                },
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
        if (committed is not { } generation)
        {
            if (wouldEmpty)
                _keptFromFingerprint = fingerprint;
            return wouldEmpty ? Report(IndexAction.Reused, feed!.Warnings, started, "the corpus yielded no article; the existing index was kept")
                : refreshed ? Report(IndexAction.Loaded, [], started) with { Reason = "another process committed a new index" }
                : null;
        }
        views.Refresh(directory());
        KeepVersions(generation, touched);
        if (feed!.Characters > LargeUpdateCharacters)
            ReturnBuildMemory();
        return Report(IndexAction.Updated, feed.Warnings, started) with
        {
            Reason = $"the corpus changed: {diff!.Changes}",
            Changes = diff.Changes,
            Analysed = feed.Count,
        };
    }

    /// <summary>
    /// The file versions of the commit just made (<paramref name="committed"/>): those the change was
    /// diffed against (the commit it was made on), with the files it touched counted again in the new
    /// view (their articles by the file's term, a few postings each). Kept only when the view is at
    /// that very commit: if another process committed in between, or the refresh failed, they are
    /// read whole at the next update.
    /// </summary>
    private void KeepVersions(long committed, IReadOnlyCollection<string> touched)
    {
        using var lease = views.Lease()!;
        var view = lease.Searcher.Index;
        var generation = view.IndexReader is DirectoryReader reader ? reader.IndexCommit.Generation : -1;
        if (_versions is not { } versions || generation != committed)
        {
            _versions = null;
            return;
        }
        foreach (var file in touched)
        {
            if (view.FileVersionOf(file) is { } version)
                versions[file] = version;
            else
                versions.Remove(file);
        }
        _versionsGeneration = generation;
    }

    private IndexMetadata Metadata(string fingerprint, IReadOnlyList<FileNote> notes) =>
        new(IndexMetadata.CurrentFormatVersion, _signature, fingerprint, DateTimeOffset.UtcNow) { Notes = notes };

    /// <summary>The latest commit's generation and metadata; null when there is none or it cannot be read right now.</summary>
    private (long Generation, IndexMetadata? Metadata)? LatestCommit()
    {
        try
        {
            if (!IndexStore.Exists(directory()))
                return null;
            var latest = DirectoryReader.ListCommits(directory())[^1];
            return (latest.Generation, IndexMetadata.FromUserData(latest.UserData));
        }
        catch (Exception e) when (IndexViews.IsDamage(e))
        {
            return null;
        }
    }

    /// <summary>
    /// One change in one commit: the generation committed, or null. Once the writer holds Lucene's
    /// write lock, <paramref name="ready"/> may decline (nothing is written); then <paramref name="work"/>
    /// feeds the writer and returns the metadata to commit it with, or null to keep nothing of what it
    /// did; anything else — a null, an exception — rolls the writer back, leaving the last commit as
    /// it was (a Lucene writer that is merely closed would commit).
    /// </summary>
    private long? Write(bool create, Func<bool> ready, Func<IndexWriter, IndexMetadata?> work)
    {
        var writer = IndexStore.Writer(directory(), analyzer, create, threads, lockTimeout());
        var committed = false;
        try
        {
            if (!ready() || work(writer) is not { } metadata)
                return null;
            writer.SetCommitData(metadata.ToUserData());
            beforeCommit()?.Invoke();
            writer.Commit();
            committed = true;
            // Still holding the write lock: the latest commit is this one.
            return SegmentInfos.GetLastCommitGeneration(directory());
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
    /// Whether the view is at the latest commit, serving it if another process made it since the view
    /// was opened (perhaps while this writer waited for its lock): the diff is taken against it. When
    /// it cannot be served, the update is left for the next look.
    /// </summary>
    private bool AtLatestCommit()
    {
        var latest = LatestCommit()?.Generation;
        if (latest is null || latest == views.Generation)
            return latest is not null;
        views.Refresh(directory());
        return views.Generation == latest;
    }

    /// <summary>
    /// Adds the feed's documents on every indexing thread: Lucene analyses each in the thread that
    /// adds it, within the article's time budget. The feed itself — reading, parsing, key figures,
    /// sketch, the document — runs on a thread of its own a few documents ahead, so that the
    /// indexing threads only analyse and never wait for one another to prepare the next article.
    /// An article whose analysis fails is dropped by Lucene and reported to the feed; any other
    /// failure, the feed's or the writer's, ends the change.
    /// </summary>
    private void Add(IndexWriter writer, ArticleFeed feed)
    {
        using var queue = new BlockingCollection<FeedItem>(boundedCapacity: 4 * threads);
        using var stop = new CancellationTokenSource();
        var failures = new ConcurrentQueue<ExceptionDispatchInfo>();
        void Fail(Exception e)
        {
            failures.Enqueue(ExceptionDispatchInfo.Capture(e));
            stop.Cancel();
        }
        var producer = new Thread(() =>
        {
            try
            {
                foreach (var item in feed.Documents())
                    queue.Add(item, stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                Fail(e);
            }
            finally
            {
                queue.CompleteAdding();
            }
        })
        { IsBackground = true, Name = "Index feed" };
        producer.Start();
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            try
            {
                foreach (var item in queue.GetConsumingEnumerable(stop.Token))
                {
                    try
                    {
                        using (AnalysisDeadline.Start(articleBudget))
                            writer.AddDocument(item.Document);
                    }
                    catch (AnalysisException e)
                    {
                        feed.AnalysisFailed(item, e);
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                Fail(e);
            }
        })
        { IsBackground = true, Name = "Index analysis" }).ToList();
        workers.ForEach(worker => worker.Start());
        workers.ForEach(worker => worker.Join());
        producer.Join();
        if (failures.TryDequeue(out var first))
            first.Throw();
    }

    public IndexReport Report(IndexAction action, IReadOnlyList<CorpusWarning> warnings, long started, string? problem = null) =>
        new(views.Count, warnings, Stopwatch.GetElapsedTime(started), action, problem);

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
}
