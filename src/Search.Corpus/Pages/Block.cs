namespace Search.Corpus.Pages;

/// <summary>One non-blank line of a page, trimmed, with what it is and, for labels, its district.</summary>
internal sealed record Block(BlockKind Kind, string Text, string? District = null)
{
    /// <summary>The most characters a line may have and still read as a headline or section heading.</summary>
    public const int MaxHeadingLength = 40;

    /// <summary>
    /// Short, with no sentence inside it and not trailing off in a comma: a title, deck or section
    /// heading rather than body text — or a fragment of a sentence broken across columns.
    /// </summary>
    public bool IsHeadingLike =>
        Kind is BlockKind.Heading ||
        (Kind is BlockKind.Text && Text.Length <= MaxHeadingLength && !Punctuation.HasSentenceEnd(Text) &&
         !Punctuation.EndsWithPause(Text));

    /// <summary>The district a headline of the form <c>崂山区：…</c> names, if it has that form.</summary>
    public string? HeadlineDistrict =>
        IsHeadingLike && Punctuation.ColonIndex(Text) is var colon and > 0
            ? Metadata.Districts.Canonical(Text[..colon])
            : null;
}
