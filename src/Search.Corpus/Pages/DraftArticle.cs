namespace Search.Corpus.Pages;

/// <summary>An article as the page splitter collects it, before paragraphs are joined and metadata read.</summary>
internal sealed class DraftArticle
{
    public string? Title { get; set; }
    public string? Subtitle { get; set; }

    /// <summary>The place's name a label line or the headline's prefix gives (<c>胶州</c>, <c>崂山区：…</c>): a newspaper page's strongest evidence of whose report it is.</summary>
    public string? Label { get; set; }

    public List<string> Bylines { get; } = [];
    public List<string> Captions { get; } = [];
    public List<Paragraph> Paragraphs { get; } = [];

    public bool HasBody => Paragraphs.Count > 0;

    /// <summary>A line of body text as printed; <paramref name="IsSectionHeading"/> lines are never joined.</summary>
    public sealed record Paragraph(string Text, bool IsSectionHeading);
}
