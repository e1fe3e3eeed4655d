namespace Search.Index;

/// <summary>The searchable parts of an article.</summary>
public enum Field : byte
{
    Title,

    /// <summary>Deck line, body paragraphs and photo captions (<see cref="IndexedText.Body"/>).</summary>
    Body,
}

/// <summary>How a field's text is turned into terms; each has its own term dictionary.</summary>
public enum Representation : byte
{
    /// <summary>SmartCn words with the user dictionary and numbers as typed: ranking. Docs and frequencies.</summary>
    Words,

    /// <summary>Single characters, folded: one-character queries. Docs and frequencies.</summary>
    Characters,

    /// <summary>Overlapping pairs of characters, with positions: any string of two or more characters as a phrase.</summary>
    Bigrams,
}

public static class RepresentationExtensions
{
    /// <summary>Only bigrams keep positions: phrases need them, ranking and single characters do not.</summary>
    public static bool HasPositions(this Representation representation) => representation == Representation.Bigrams;
}

/// <summary>What of an article each field indexes, so that indexing, highlighting and display agree.</summary>
public static class IndexedText
{
    public static string Title(Corpus.Article article) => article.Title;

    public static string Body(Corpus.Article article) =>
        string.Join('\n', new[] { article.Subtitle }.Concat([article.Body]).Concat(article.Captions).Where(part => !string.IsNullOrEmpty(part)));
}
