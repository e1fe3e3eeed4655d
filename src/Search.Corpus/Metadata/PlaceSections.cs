using Search.Places;

namespace Search.Corpus.Metadata;

/// <summary>
/// Which of a roundup's places each paragraph speaks of: a paragraph that opens with one of them
/// (<c>即墨区召开…</c>, <c>崂山区青岛市虚拟现实产业园项目…</c>, short forms too) is that place's, and so are
/// the paragraphs after it, until one opens with another place. Paragraphs before the first such
/// opening speak of the places together, and belong to no section. Pure.
/// </summary>
public static class PlaceSections
{
    /// <param name="paragraphs">The body's paragraphs, as joined by a single <c>\n</c>.</param>
    /// <param name="places">The article's places: only they open a section.</param>
    public static IReadOnlyList<PlaceSection> Of(IReadOnlyList<string> paragraphs, IReadOnlyList<Place> places)
    {
        if (places.Count < 2)
            return [];
        var sections = new List<PlaceSection>();
        var start = 0;
        Place? current = null;
        var currentStart = 0;
        foreach (var paragraph in paragraphs)
        {
            if (Opening(paragraph, places) is { } opened && opened != current)
            {
                if (current is not null)
                    sections.Add(new PlaceSection(currentStart, start - 1, current));
                (current, currentStart) = (opened, start);
            }
            start += paragraph.Length + 1;
        }
        if (current is not null)
            sections.Add(new PlaceSection(currentStart, start - 1, current));
        return sections;
    }

    /// <summary>Which place of the article the paragraph opens with, if any.</summary>
    private static Place? Opening(string paragraph, IReadOnlyList<Place> places) =>
        PlaceMentions.AtStart(TextKey.Of(paragraph)) is { } mention ? mention.Places.SingleOrDefault(places.Contains) : null;
}
