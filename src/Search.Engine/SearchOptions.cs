using Search.Corpus;

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

    /// <summary>A page (<c>*.txt</c>, <c>*.md</c>) larger than this is skipped (<see cref="CorpusLimits.MaxPageBytes"/>).</summary>
    public long MaxPageBytes { get; set; } = CorpusLimits.Default.MaxPageBytes;

    /// <summary>A JSON-lines line larger than this is skipped (<see cref="CorpusLimits.MaxLineBytes"/>).</summary>
    public int MaxLineBytes { get; set; } = CorpusLimits.Default.MaxLineBytes;

    /// <summary>A JSON-lines file larger than this is skipped (<see cref="CorpusLimits.MaxBulkBytes"/>).</summary>
    public long MaxBulkBytes { get; set; } = CorpusLimits.Default.MaxBulkBytes;

    /// <summary>
    /// How long the analysis of one article (one of a page's, or a bulk line's) may take before the
    /// article is skipped with a warning. Analysis is most of what indexing an article costs and, like
    /// every stage before it, linear in the text, so an article within the size limits takes a few
    /// seconds at most; this stops the rare text that would take far longer from holding up every
    /// other change.
    /// </summary>
    public double MaxSecondsPerArticle { get; set; } = 60;

    /// <summary>The corpus limits these settings give.</summary>
    public CorpusLimits Limits => new() { MaxPageBytes = MaxPageBytes, MaxLineBytes = MaxLineBytes, MaxBulkBytes = MaxBulkBytes };
}
