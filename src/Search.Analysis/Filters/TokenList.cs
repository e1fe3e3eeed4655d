namespace Search.Analysis.Filters;

/// <summary>
/// The tokens of one text, held for a filter that rewrites them with look-ahead, with all term text
/// in one shared character array so buffering allocates nothing per token.
/// </summary>
internal sealed class TokenList
{
    private char[] _chars = new char[4096];
    private int _charCount;

    public List<Entry> Tokens { get; } = [];

    /// <param name="Position">Absolute, from 0; equal positions are tokens stacked on one another.</param>
    public readonly record struct Entry(int TermOffset, int TermLength, int Start, int End, int Position);

    public char[] Chars => _chars;

    public void Clear()
    {
        Tokens.Clear();
        _charCount = 0;
    }

    public void Add(ReadOnlySpan<char> term, int start, int end, int position) =>
        Tokens.Add(new Entry(Store(term), term.Length, start, end, position));

    public int Store(ReadOnlySpan<char> term)
    {
        if (_charCount + term.Length > _chars.Length)
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + term.Length));
        term.CopyTo(_chars.AsSpan(_charCount));
        _charCount += term.Length;
        return _charCount - term.Length;
    }

    public ReadOnlySpan<char> Term(in Entry token) => _chars.AsSpan(token.TermOffset, token.TermLength);
}
