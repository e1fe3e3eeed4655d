namespace Search.Analysis.Filters;

/// <summary>
/// Tokens of one text held for filters that need to look ahead, with all term text in one shared
/// character array so buffering allocates nothing per token.
/// </summary>
internal sealed class TokenBuffer
{
    private char[] _chars = new char[4096];
    private int _charCount;

    public List<Entry> Tokens { get; } = [];

    public readonly record struct Entry(int TermOffset, int TermLength, int Start, int End, int Position);

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

    public void Emit(TokenHandler handler)
    {
        foreach (var token in Tokens)
            handler(Term(token), token.Start, token.End, token.Position);
    }
}
