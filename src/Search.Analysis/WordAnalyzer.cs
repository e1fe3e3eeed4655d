using Search.Analysis.Filters;
using Search.Analysis.SmartCn;

namespace Search.Analysis;

/// <summary>
/// The word representation the index uses: SmartCn's tokens, optionally with user-dictionary words
/// merged (<see cref="UserDictionary"/>) and numbers added as typed (<see cref="NumbersAsTyped"/>).
/// Each filter is separate and switchable, so its effect can be measured before it is relied on.
/// Thread-safe.
/// </summary>
public sealed class WordAnalyzer(SmartChineseAnalyzer smartCn, UserDictionary? userDictionary, bool numbersAsTyped)
{
    [ThreadStatic]
    private static TokenBuffer? _threadBuffer;

    /// <summary>SmartCn with the project's user dictionary and numbers as typed.</summary>
    public static WordAnalyzer Default { get; } = new(new SmartChineseAnalyzer(), UserDictionary.Default, numbersAsTyped: true);

    public UserDictionary? UserDictionary => userDictionary;

    public bool NumbersAsTyped => numbersAsTyped;

    public void Analyze(string text, TokenHandler handler)
    {
        if (userDictionary is null && !numbersAsTyped)
        {
            smartCn.Analyze(text, handler);
            return;
        }

        var buffer = _threadBuffer ?? new TokenBuffer();
        _threadBuffer = null; // a handler that analyses re-entrantly gets a buffer of its own
        try
        {
            buffer.Clear();
            smartCn.Analyze(text, buffer.Add);
            if (userDictionary is not null)
                UserWordMerger.Merge(buffer, userDictionary);
            if (numbersAsTyped)
                Filters.NumbersAsTyped.Add(buffer, text);
            buffer.Emit(handler);
        }
        finally
        {
            _threadBuffer = buffer;
        }
    }

    public IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Analyze(text, (term, start, end, position) => tokens.Add(new Token(term.ToString(), start, end, position)));
        return tokens;
    }
}
