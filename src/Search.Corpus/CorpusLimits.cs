namespace Search.Corpus;

/// <summary>
/// How much of a corpus file is read. Each limit is enforced while reading, before the memory is
/// spent: a file is never read further than its limit, however large it says it is or grows.
/// </summary>
public sealed record CorpusLimits
{
    /// <summary>
    /// A page (<c>*.txt</c>, <c>*.md</c>) larger than this is skipped. A newspaper page is a few tens
    /// of kilobytes and the longest work report here 171 KB; the default is 24 times that.
    /// </summary>
    public long MaxPageBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>A line of a JSON-lines file (one article) longer than this is skipped; the file's other lines are read.</summary>
    public int MaxLineBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>A JSON-lines file larger than this is skipped (50,000 articles take about 150 MB).</summary>
    public long MaxBulkBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>A sidecar (<c>NAME.meta.json</c>) larger than this is ignored: it holds a few fields per article.</summary>
    public int MaxSidecarBytes { get; init; } = 1024 * 1024;

    public static CorpusLimits Default { get; } = new();
}
