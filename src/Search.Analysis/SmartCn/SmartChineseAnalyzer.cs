namespace Search.Analysis.SmartCn;

/// <summary>
/// A C# implementation of Lucene 4.10.4's <c>SmartChineseAnalyzer</c> that produces the same tokens,
/// offsets and positions: HHMM word segmentation over SmartCn's dictionaries, Latin lower-casing and
/// Porter stemming, full-width folding, and punctuation removed as stop words. Thread-safe: each call
/// works on scratch state of its own thread.
/// </summary>
public sealed class SmartChineseAnalyzer(SmartCnData data)
{
    [ThreadStatic]
    private static SmartCnTokenizer? _threadTokenizer;

    public SmartChineseAnalyzer()
        : this(SmartCnData.Default)
    {
    }

    public SmartCnData Data { get; } = data;

    /// <summary>Streams the tokens of <paramref name="reader"/>'s text to <paramref name="handler"/>.</summary>
    public void Analyze(TextReader reader, TokenHandler handler)
    {
        var tokenizer = _threadTokenizer is { } cached && cached.Data == Data ? cached : new SmartCnTokenizer(Data);
        _threadTokenizer = null; // a handler that analyses re-entrantly gets a tokenizer of its own
        try
        {
            tokenizer.Run(reader, handler);
        }
        finally
        {
            _threadTokenizer = tokenizer;
        }
    }

    public void Analyze(string text, TokenHandler handler) => Analyze(new StringReader(text), handler);

    /// <summary>The tokens of <paramref name="text"/> as a list; convenient, but a string per term.</summary>
    public IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Analyze(text, (term, start, end, position) => tokens.Add(new Token(term.ToString(), start, end, position)));
        return tokens;
    }
}
