namespace Search.Corpus;

/// <summary>One newspaper article with the metadata search and facets need.</summary>
/// <param name="Id">Stable, URL-safe: the same page indexed again yields the same ids.</param>
/// <param name="Districts">Canonical district names (<see cref="Metadata.Districts"/>), in canonical order.</param>
/// <param name="Year">The year of the government work report the article is about.</param>
/// <param name="Date">The meeting or report date, when the text gives it.</param>
/// <param name="Source">Where the article came from: the corpus file (relative to the corpus folder), or what a bulk record says.</param>
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
    string Body)
{
    /// <summary>
    /// A title is a line: one longer than this (a page with no headline but one endless line, a
    /// bulk record's whole text as its title) is cut, with an ellipsis, where it is read.
    /// </summary>
    public const int MaxTitleLength = 200;

    /// <summary>The title as kept: at most <see cref="MaxTitleLength"/> characters, an ellipsis saying where it was cut.</summary>
    public static string TitleOf(string text) =>
        text.Length <= MaxTitleLength ? text : text[..(char.IsHighSurrogate(text[MaxTitleLength - 2]) ? MaxTitleLength - 2 : MaxTitleLength - 1)] + "…";
}
