using System.Globalization;
using System.Text;
using Search.Corpus;

namespace Search.Rendering;

/// <summary>
/// Where an article was printed, in words a reader cites: the line shown with it
/// (<c>青岛晚报 · 2024年2月6日 · 第3版</c>) and the citation copied from it
/// (<c>《青岛晚报》2024年2月6日第3版：《崂山区：聚力做到“七个提质争先”》，http://…/articles/…</c>), each with only what is known.
/// </summary>
public static class Printed
{
    /// <summary>青岛晚报 · 2024年2月6日 · 第3版, each part only when known; null when none is.</summary>
    public static string? Line(Provenance printed)
    {
        string?[] parts = [printed.Paper, printed.Published is { } day ? Day(day) : null, printed.Edition is { } page ? Edition(page) : null];
        return parts.Any(part => part is not null) ? string.Join(" · ", parts.OfType<string>()) : null;
    }

    /// <summary>
    /// The article cited as Chinese papers cite a newspaper piece: 《paper》day page：《title》, then the
    /// service's link to it. What is not known is left out; with nothing known of its printing (a full
    /// report) the title and the link remain. Title marks inside the title become 〈〉, as nested ones are written.
    /// </summary>
    public static string Citation(string title, Provenance printed, string url)
    {
        var citation = new StringBuilder();
        if (printed.Paper is { } paper)
            citation.Append('《').Append(paper).Append('》');
        if (printed.Published is { } day)
            citation.Append(Day(day));
        if (printed.Edition is { } page)
            citation.Append(Edition(page));
        if (citation.Length > 0)
            citation.Append('：');
        citation.Append('《').Append(title.Replace('《', '〈').Replace('》', '〉')).Append('》');
        return citation.Append('，').Append(url).ToString();
    }

    /// <summary>A page as papers number it: 第3版, A03版; a page named otherwise (要闻二版) as it is.</summary>
    public static string Edition(string page) =>
        page.All(char.IsAsciiDigit) ? $"第{page}版" : page.EndsWith('版') ? page : $"{page}版";

    public static string Day(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
