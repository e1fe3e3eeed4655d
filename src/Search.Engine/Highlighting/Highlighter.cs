using System.Text;
using Search.Analysis.Folding;
using Search.Engine.Querying;

namespace Search.Engine.Highlighting;

/// <summary>Renders text as HTML: everything escaped, matches wrapped in &lt;mark&gt;.</summary>
public static class Highlighter
{
    internal static string Highlight(string text, IReadOnlyList<AnalyzedTerm> terms, CharacterFolding folding) =>
        Render(text, 0, text.Length, MatchedText.Find(text, terms, folding));

    /// <summary>The stretch [start, end) of <paramref name="text"/> with the marks inside it.</summary>
    internal static string Render(string text, int start, int end, IReadOnlyList<MatchedText.Mark> marks) =>
        AppendMarked(new StringBuilder(end - start + 32), text, start, end, marks).ToString();

    /// <summary>
    /// Appends the stretch [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>,
    /// escaped, with each mark inside it wrapped in &lt;mark&gt;. The marks are ranges of the whole
    /// text in order and apart, as the engine gives them; a mark crossing an end of the stretch is
    /// cut there.
    /// </summary>
    public static StringBuilder AppendMarked<T>(StringBuilder html, string text, int start, int end, IReadOnlyList<T> marks) where T : ITextStretch
    {
        var at = start;
        foreach (var mark in marks)
        {
            if (mark.End <= at || mark.Start >= end)
                continue;
            var from = Math.Max(mark.Start, at);
            var to = Math.Min(mark.End, end);
            Escape(html, text.AsSpan(at, from - at));
            Escape(html.Append("<mark>"), text.AsSpan(from, to - from)).Append("</mark>");
            at = to;
        }
        return Escape(html, text.AsSpan(at, end - at));
    }

    /// <summary>Escapes the five characters that matter in HTML text and attributes; everything else stays as it is.</summary>
    public static StringBuilder Escape(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                '\'' => html.Append("&#39;"),
                _ => html.Append(c),
            };
        }
        return html;
    }
}
