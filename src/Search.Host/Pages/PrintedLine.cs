using System.Globalization;
using Search.Corpus;

namespace Search.Host.Pages;

/// <summary>
/// The line that says what an article is for a reader citing it: the report year, where it was
/// printed (<c>青岛晚报 · 2024年2月6日 · 第3版</c>, as much as is known), the session's date labelled
/// as such (never passed off as the paper's), and the corpus file it was read from.
/// </summary>
internal static class PrintedLine
{
    public static void Render(Html html, int? year, DateOnly? session, Provenance printed, string source)
    {
        if (year is { } y)
            html.Raw("<span class=\"year\">").Text($"{y}年").Raw("</span>");
        if (Citation(printed) is { } citation)
            html.Raw("<span class=\"printed\">").Text(citation).Raw("</span>");
        if (session is { } date)
        {
            html.Raw("<span class=\"session\">会议日期 <time datetime=\"").Text(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Raw("\">")
                .Text(Day(date)).Raw("</time></span>");
        }
        html.Raw("<span class=\"source\">").Text(source).Raw("</span>");
    }

    /// <summary>青岛晚报 · 2024年2月6日 · 第3版, each part only when known; null when none is.</summary>
    public static string? Citation(Provenance printed)
    {
        string?[] parts = [printed.Paper, printed.Published is { } day ? Day(day) : null, printed.Edition is { } page ? Edition(page) : null];
        return parts.Any(part => part is not null) ? string.Join(" · ", parts.OfType<string>()) : null;
    }

    /// <summary>A page as papers number it: 第3版, A03版; a page named otherwise (要闻二版) as it is.</summary>
    private static string Edition(string page) =>
        page.All(char.IsAsciiDigit) ? $"第{page}版" : page.EndsWith('版') ? page : $"{page}版";

    private static string Day(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
