namespace Search.Corpus;

/// <summary>One newspaper article with the metadata search and facets need.</summary>
/// <param name="Id">Stable, URL-safe: the same page indexed again yields the same ids.</param>
/// <param name="Districts">Canonical district names (<see cref="Metadata.Districts"/>), in canonical order.</param>
/// <param name="Year">The year of the government work report the article is about.</param>
/// <param name="Date">The meeting or report date, when the text gives it.</param>
/// <param name="Source">The file name of the page the article came from.</param>
/// <param name="Body">Paragraphs in reading order, separated by a single <c>\n</c>.</param>
public sealed record Article(
    string Id,
    string Title,
    string? Subtitle,
    IReadOnlyList<string> Districts,
    int? Year,
    DateOnly? Date,
    string? Byline,
    IReadOnlyList<string> Captions,
    string Source,
    string Body);
