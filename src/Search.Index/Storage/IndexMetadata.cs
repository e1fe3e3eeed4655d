namespace Search.Index.Storage;

/// <summary>
/// What an index file was built from and with. A file whose format or analyzer differs from the
/// running code's is rebuilt rather than misread; one whose corpus hash matches the corpus is reused.
/// </summary>
public sealed record IndexMetadata(int FormatVersion, string Analyzer, string CorpusHash, int ArticleCount, DateTimeOffset BuiltAt)
{
    /// <summary>Bump when the file layout or the meaning of a stored value changes.</summary>
    public const int CurrentFormatVersion = 5;
}
