using System.Globalization;
using Search.Corpus;
using Search.Rendering;

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
        if (Printed.Line(printed) is { } line)
            html.Raw("<span class=\"printed\">").Text(line).Raw("</span>");
        if (session is { } date)
        {
            html.Raw("<span class=\"session\">会议日期 <time datetime=\"").Text(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Raw("\">")
                .Text(Printed.Day(date)).Raw("</time></span>");
        }
        html.Raw("<span class=\"source\">").Text(source).Raw("</span>");
    }
}
