namespace Search.Corpus;

public sealed class CorpusReaderOptions
{
    /// <summary>Pages larger than this are skipped with a warning; a page is a few tens of kilobytes.</summary>
    public long MaxPageBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>A JSON-lines record longer than this is skipped with a warning.</summary>
    public int MaxRecordBytes { get; init; } = 16 * 1024 * 1024;
}
