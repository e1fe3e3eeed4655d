namespace Search.Analysis;

/// <summary>One analysed token: its term, where it stands in the text (UTF-16 offsets), and its position.</summary>
/// <param name="Position">0-based; a removed token (punctuation) leaves a gap, as in Lucene.</param>
public readonly record struct Token(string Term, int Start, int End, int Position);

/// <summary>
/// Receives tokens without allocating a string per term: <paramref name="term"/> is valid only
/// during the call.
/// </summary>
public delegate void TokenHandler(ReadOnlySpan<char> term, int start, int end, int position);
