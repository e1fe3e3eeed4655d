namespace Search.Analysis.SmartCn;

/// <summary>What a candidate token in the word graph is (spec §4.1).</summary>
internal enum TokenKind : byte
{
    SentenceBegin,
    SentenceEnd,
    ChineseWord,
    String,
    Number,
    Delimiter,
    FullWidthString,
    FullWidthNumber,
}
