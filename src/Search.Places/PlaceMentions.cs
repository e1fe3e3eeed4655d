namespace Search.Places;

/// <summary>A place's name in a text: where it stands, the places it may mean, and whether it is a full name.</summary>
public readonly record struct PlaceMention(int Start, int Length, IReadOnlyList<Place> Places, bool Full)
{
    public int End => Start + Length;
}

/// <summary>
/// Finds places' names in text, left to right, the longest name at each place, never two
/// overlapping (青岛市崂山区 is 青岛市 then 崂山区). Linear in the text: each position looks up at most
/// the few lengths names starting with its character have. The text is read as it is: fold
/// traditional characters first to find a name printed in them.
/// </summary>
public static class PlaceMentions
{
    /// <param name="shortForms">Also short forms (崂山, 胶州): for a label line, a headline, a title; in running text they are too often other words.</param>
    public static IReadOnlyList<PlaceMention> In(string text, bool shortForms = false)
    {
        var found = new List<PlaceMention>();
        for (var at = 0; at < text.Length;)
        {
            if (At(text, at, shortForms) is { } mention)
            {
                found.Add(mention);
                at = mention.End;
            }
            else
            {
                at++;
            }
        }
        return found;
    }

    /// <summary>The name the text starts with, if any: a label line (崂山区), a headline (崂山区：…), a title (2025年山东省政府工作报告).</summary>
    public static PlaceMention? AtStart(string text, bool shortForms = true) => At(text, 0, shortForms);

    private static PlaceMention? At(string text, int at, bool shortForms)
    {
        if (Gazetteer.NameLengthsStartingWith(text[at]) is not { } lengths)
            return null;
        foreach (var length in lengths)
        {
            if (at + length > text.Length || Gazetteer.Entry(text.AsSpan(at, length)) is not { } entry || !(entry.Full || shortForms))
                continue;
            // 城市南区 is "the city's southern area", not 市南区.
            if (text[at] == '市' && at > 0 && text[at - 1] == '城')
                continue;
            return new PlaceMention(at, length, entry.Places, entry.Full);
        }
        return null;
    }
}
