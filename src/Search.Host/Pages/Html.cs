using System.Text;
using Search.Engine.Highlighting;
using Search.Rendering;

namespace Search.Host.Pages;

/// <summary>A small HTML builder: text is always escaped; markup is only what this code writes.</summary>
internal sealed class Html
{
    private readonly StringBuilder _builder = new(16 * 1024);

    /// <summary>Markup written by the page code itself.</summary>
    public Html Raw(string markup)
    {
        _builder.Append(markup);
        return this;
    }

    /// <summary>Text from anywhere (articles, queries): escaped.</summary>
    public Html Text(string? text)
    {
        HtmlText.Escape(_builder, text);
        return this;
    }

    /// <summary>The stretch [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>, escaped, its marks in &lt;mark&gt;.</summary>
    public Html Marked(string text, IReadOnlyList<TextRange> marks, int start = 0, int end = -1)
    {
        HtmlText.AppendMarked(_builder, text, start, end < 0 ? text.Length : end, marks);
        return this;
    }

    /// <summary>An option of a select: its value and label escaped, selected when it is the current one.</summary>
    public Html Option(string value, string label, bool selected) =>
        Raw("<option value=\"").Text(value).Raw(selected ? "\" selected>" : "\">").Text(label).Raw("</option>");

    public override string ToString() => _builder.ToString();
}
