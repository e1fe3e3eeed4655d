namespace Search.Corpus;

/// <summary>
/// Where an article was printed, as a reader cites it: the newspaper or client it is from, the day
/// that printed it (never the session's date), and the page (版次). Each part only when known: from the
/// page's masthead, the article's byline or <c>来源：</c> line, or a sidecar (<see cref="Printing.PrintingReader"/>).
/// </summary>
/// <param name="Paper">As the page names it: 青岛晚报, 解放日报, 江苏新闻.</param>
/// <param name="Edition">As the page numbers it: <c>3</c>, <c>A03</c>.</param>
public sealed record Provenance(string? Paper, DateOnly? Published, string? Edition)
{
    public static Provenance Unknown { get; } = new(null, null, null);

    /// <summary>Each part known here, and the rest from <paramref name="fallback"/>.</summary>
    public Provenance Or(Provenance fallback) => new(Paper ?? fallback.Paper, Published ?? fallback.Published, Edition ?? fallback.Edition);
}
