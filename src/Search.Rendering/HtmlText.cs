using System.Text;
using Search.Corpus.Figures;
using Search.Engine.Highlighting;
using Search.Engine.Searching;

namespace Search.Rendering;

/// <summary>
/// Text as HTML: everything escaped, and the ranges the engine marked wrapped in &lt;mark&gt;. The
/// only place the engine's plain text becomes markup.
/// </summary>
public static class HtmlText
{
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

    /// <summary>
    /// Appends the stretch [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>,
    /// escaped, with each mark inside it wrapped in &lt;mark&gt;. The marks are ranges of the whole
    /// text in order and apart, as the engine gives them; a mark crossing an end of the stretch is
    /// cut there.
    /// </summary>
    public static StringBuilder AppendMarked(StringBuilder html, string text, int start, int end, IReadOnlyList<TextRange> marks)
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

    /// <summary>The whole text, escaped, its marks in &lt;mark&gt;.</summary>
    public static string Marked(string text, IReadOnlyList<TextRange> marks) =>
        AppendMarked(new StringBuilder(text.Length + 32), text, 0, text.Length, marks).ToString();

    /// <summary>A hit's title, escaped, the query's matches in &lt;mark&gt;.</summary>
    public static string TitleHtml(this SearchHit hit) => Marked(hit.Title, hit.TitleMarks);

    /// <summary>A passage, escaped, the query's matches in &lt;mark&gt;.</summary>
    public static string Html(this Snippet snippet) => Marked(snippet.Text, snippet.Marks);

    /// <summary>The figure's sentence, escaped, the figure in &lt;mark&gt;; empty when the sentence was not read.</summary>
    public static string SentenceHtml(this KeyFigure figure)
    {
        var sentence = figure.SentenceText;
        if (sentence.Length == 0)
            return "";
        var start = Math.Clamp(figure.Figure.Start - figure.Sentence.Start, 0, sentence.Length);
        var end = Math.Clamp(figure.Figure.End - figure.Sentence.Start, start, sentence.Length);
        return Marked(sentence, [new TextRange(start, end)]);
    }
}
