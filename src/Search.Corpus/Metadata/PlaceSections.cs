using System.Text.RegularExpressions;
using Search.Corpus.Pages;
using Search.Places;

namespace Search.Corpus.Metadata;

/// <summary>
/// Which of a roundup's places each paragraph speaks of. A paragraph that names one of the article's
/// places (崂山区, its short form 崂山, an alias) is the first-named one's — roundups lead each
/// paragraph with their subject, though not always at its start (<c>1月28日…崂山区把2023年确定为…</c>);
/// a paragraph that names none goes on with the place before it, unless it is a heading or speaks of
/// the places together (<c>各区市</c>, <c>青岛10个区市</c>). Paragraphs of no place belong to no section.
/// Pure.
/// </summary>
public static partial class PlaceSections
{
    /// <param name="paragraphs">The body's paragraphs, as joined by a single <c>\n</c>.</param>
    /// <param name="places">The article's places: only they are looked for; with fewer than two there is nothing to tell apart.</param>
    public static IReadOnlyList<PlaceSection> Of(IReadOnlyList<string> paragraphs, IReadOnlyList<Place> places)
    {
        if (places.Count < 2)
            return [];
        var sections = new List<PlaceSection>();
        var start = 0;
        Place? current = null;
        foreach (var paragraph in paragraphs)
        {
            var key = TextKey.Of(paragraph);
            if (FirstNamed(key, places) is { } named)
                current = named;
            else if (IsHeading(paragraph) || Together().IsMatch(key))
                current = null;

            var end = start + paragraph.Length;
            if (current is not null)
            {
                // Paragraphs of one place in a row are one section, the newline between them included.
                if (sections.Count > 0 && sections[^1] is var last && last.Place == current && last.End == start - 1)
                    sections[^1] = last with { End = end };
                else
                    sections.Add(new PlaceSection(start, end, current));
            }
            start = end + 1;
        }
        return sections;
    }

    /// <summary>The article's place the paragraph names first, short forms and aliases counted.</summary>
    private static Place? FirstNamed(string key, IReadOnlyList<Place> places)
    {
        foreach (var mention in PlaceMentions.In(key, shortForms: true))
        {
            if (mention.Places.Where(places.Contains).ToList() is [var place])
                return place;
        }
        return null;
    }

    private static bool IsHeading(string paragraph) => paragraph.Length <= Block.MaxHeadingLength && !Punctuation.HasSentenceEnd(paragraph);

    /// <summary>Words for the places together: 各区市, 青岛10个区市, 区市的, 各区县, 县市区 … (not 城区市民).</summary>
    [GeneratedRegex("各区市|个区市|区市[的都正们]|各区县|各县区|各县市|县市区")]
    private static partial Regex Together();
}
