namespace Search.Index.Storage;

/// <summary>What every search needs of an article, kept in memory; the body stays in the file.</summary>
public sealed record ArticleSummary(string Id, string Title, IReadOnlyList<string> Districts, int? Year, DateOnly? Date, string Source);
