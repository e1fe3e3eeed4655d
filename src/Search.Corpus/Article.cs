using System.Text.Json.Serialization;
using Search.Places;

namespace Search.Corpus;

/// <summary>One newspaper article or work report with the metadata search and facets need.</summary>
/// <param name="Id">Stable, URL-safe: the same page indexed again yields the same ids.</param>
/// <param name="Places">
/// The governments whose work report it covers (<see cref="Metadata.PlaceReading"/>), by code: a full
/// report's issuing government, the district whose session a write-up reports, each place a roundup
/// covers. Not the places it merely mentions.
/// </param>
/// <param name="Year">The year of the government work report the article is about.</param>
/// <param name="Date">The meeting or report date, when the text gives it.</param>
/// <param name="Source">Where the article came from: the corpus file (relative to the corpus folder), or what a bulk record says.</param>
/// <param name="Body">Paragraphs in reading order, separated by a single <c>\n</c>.</param>
public sealed record Article(
    string Id,
    string Title,
    string? Subtitle,
    IReadOnlyList<Place> Places,
    int? Year,
    DateOnly? Date,
    string? Byline,
    IReadOnlyList<string> Captions,
    string Source,
    string Body)
{
    /// <summary>
    /// Which place each stretch of the body speaks of, in a roundup of several places (a paragraph
    /// that opens with 即墨区 and those after it, up to the next place's, are 即墨区's); empty when
    /// the whole article speaks of its places together.
    /// </summary>
    public IReadOnlyList<PlaceSection> Sections { get; init; } = [];

    /// <summary>Where it was printed: paper, publication day, page, as far as known.</summary>
    public Provenance Provenance { get; init; } = Provenance.Unknown;

    /// <summary>The names of its places, as the service shows them.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> PlaceNames => [.. Places.Select(place => place.Name)];

    /// <summary>
    /// A title is a line: one longer than this (a page with no headline but one endless line, a
    /// bulk record's whole text as its title) is cut, with an ellipsis, where it is read.
    /// </summary>
    public const int MaxTitleLength = 200;

    /// <summary>The title as kept: at most <see cref="MaxTitleLength"/> characters, an ellipsis saying where it was cut.</summary>
    public static string TitleOf(string text) =>
        text.Length <= MaxTitleLength ? text : text[..(char.IsHighSurrogate(text[MaxTitleLength - 2]) ? MaxTitleLength - 2 : MaxTitleLength - 1)] + "…";
}

/// <summary>A stretch [Start, End) of an article's body that speaks of one place.</summary>
public readonly record struct PlaceSection(int Start, int End, Place Place);
