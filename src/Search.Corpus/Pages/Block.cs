using Search.Places;

namespace Search.Corpus.Pages;

/// <summary>One non-blank line of a page, trimmed, with what it is.</summary>
internal sealed record Block(BlockKind Kind, string Text)
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

    /// <summary>The place's name a headline of the form <c>崂山区：…</c> opens with, if it has that form.</summary>
    public string? HeadlineLabel =>
        IsHeadingLike && Punctuation.ColonIndex(Text) is var colon and > 0 && IsPlaceName(Text[..colon])
            ? Text[..colon]
            : null;

    /// <summary>Whether a label names a place below the nation (as a label line or a headline's prefix may, short forms included).</summary>
    public static bool IsPlaceName(string text) => Gazetteer.Named(TextKey.Of(text.Trim())).Any(place => place.Level != PlaceLevel.National);
}
