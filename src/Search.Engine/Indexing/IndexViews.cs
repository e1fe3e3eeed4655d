using Lucene.Net.Index;
using Search.Analysis;
using Search.Engine.Searching;
using Search.Index;
using Directory = Lucene.Net.Store.Directory;

namespace Search.Engine.Indexing;

/// <summary>
/// The reader side of the index: the point-in-time views searches get, each on loan
/// (<see cref="SearchLease"/>) so a search in flight finishes on the view it started with, and
/// <see cref="Refresh"/> to serve the latest commit — this process's or another's. Nothing here
/// writes.
/// </summary>
internal sealed class IndexViews(WordAnalyzer analyzer, bool pinyin) : IDisposable
{
    private volatile ViewManager? _views;

    /// <summary>Whether an index is served: searches get a view. Once served, an index stays served.</summary>
    public bool IsServing => _views is not null;

    /// <summary>The latest view, held until the lease is disposed; null until an index is served.</summary>
    public SearchLease? Lease()
    {
        if (_views is not { } views)
            return null;
        var index = (ArticleIndex)views.Acquire();
        return new SearchLease(views, index, new Searcher(index, analyzer, pinyin));
    }

    /// <summary>Opens <paramref name="directory"/>'s latest commit, or refreshes to it; the reason when it cannot be opened.</summary>
    public string? Refresh(Directory directory)
    {
        try
        {
            if (_views is { } views)
                views.MaybeRefreshBlocking();
            else
                _views = new ViewManager(directory, new ArticleIndexFactory());
            return null;
        }
        catch (Exception e) when (IsDamage(e))
        {
            return e.Message;
        }
    }

    /// <summary>The generation of the commit the latest view was opened on; -1 when none is served.</summary>
    public long Generation
    {
        get
        {
            using var lease = Lease();
            return lease?.Searcher.Index.IndexReader is DirectoryReader reader ? reader.IndexCommit.Generation : -1;
        }
    }

    /// <summary>The live articles of the latest view; 0 when none is served.</summary>
    public int Count
    {
        get
        {
            using var lease = Lease();
            return lease?.Searcher.Index.Count ?? 0;
        }
    }

    /// <summary>
    /// What a damaged, half-written or foreign index throws when opened (Lucene's corrupt-index and
    /// format exceptions are I/O exceptions): a case for a rebuild. Not another process's write lock.
    /// </summary>
    public static bool IsDamage(Exception e) => e is IOException and not Lucene.Net.Store.LockObtainFailedException;

    public void Dispose() => _views?.Dispose();
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
