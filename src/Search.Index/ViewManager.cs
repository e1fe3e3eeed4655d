using Lucene.Net.Index;
using Lucene.Net.Search;
using Directory = Lucene.Net.Store.Directory;

namespace Search.Index;

/// <summary>
/// Lucene's <see cref="SearcherManager"/>, refreshing to the latest commit by its name rather than
/// by its segments' version: a commit that changed only its user data (the corpus fingerprint and
/// the <see cref="FileNote"/>s of files that gave no article) is served too, where Lucene's reader
/// would call itself current and keep the old commit's data. Unchanged segments are shared with the
/// view before, as in any reopen.
/// </summary>
public sealed class ViewManager : ReferenceManager<IndexSearcher>
{
    private readonly SearcherFactory _factory;

    public ViewManager(Directory directory, SearcherFactory factory)
    {
        _factory = factory;
        Current = SearcherManager.GetSearcher(factory, DirectoryReader.Open(directory));
    }

    protected override IndexSearcher RefreshIfNeeded(IndexSearcher referenceToRefresh)
    {
        var reader = (DirectoryReader)referenceToRefresh.IndexReader;
        var latest = DirectoryReader.ListCommits(reader.Directory)[^1];
        return DirectoryReader.OpenIfChanged(reader, latest) is { } newer ? SearcherManager.GetSearcher(_factory, newer) : null!; // null: nothing newer
    }

    protected override void DecRef(IndexSearcher reference) => reference.IndexReader.DecRef();

    protected override bool TryIncRef(IndexSearcher reference) => reference.IndexReader.TryIncRef();

    protected override int GetRefCount(IndexSearcher reference) => reference.IndexReader.RefCount;
}
