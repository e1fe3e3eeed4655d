using Search.Engine.Searching;

namespace Search.Engine.Indexing;

internal static class LatestSearcher
{
    /// <summary>
    /// A searcher over the manager's latest view; null until an index is served. Its lease is given
    /// back at once: a test may do that where nothing refreshes the view beside it, or (waiting for a
    /// host's first index) where it only asks whether there is one. Code that runs beside updates
    /// holds a <see cref="IndexManager.Lease"/> instead.
    /// </summary>
    public static Searcher? Latest(this IndexManager manager)
    {
        using var lease = manager.Lease();
        return lease?.Searcher;
    }
}
