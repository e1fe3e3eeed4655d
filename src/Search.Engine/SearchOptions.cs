namespace Search.Engine;

/// <summary>
/// Where the service reads its corpus and keeps its index. Bound from the <c>Search</c> configuration
/// section, so appsettings.json, <c>Search__CorpusPath</c> and <c>--Search:CorpusPath=…</c> all work.
/// </summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>Folder of newspaper pages to index; relative paths are resolved by <see cref="SearchPaths"/>.</summary>
    public string CorpusPath { get; set; } = "corpus";

    /// <summary>Folder holding the built index file.</summary>
    public string IndexPath { get; set; } = "index";

    /// <summary>Threads that analyse articles during a build; 0 means one per core.</summary>
    public int IndexThreads { get; set; }

    /// <summary>
    /// Fold traditional Chinese to simplified in the index and the query, so either script finds the
    /// other. Part of the index's analysis: changing it rebuilds the index.
    /// </summary>
    public bool FoldTraditional { get; set; } = true;

    /// <summary>Read a query or prefix of Latin letters as pinyin too. Query-time only: the index stays as it is.</summary>
    public bool Pinyin { get; set; } = true;
}
