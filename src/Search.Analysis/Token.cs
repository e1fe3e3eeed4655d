using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Analysis;

/// <summary>One analysed token: its term, where it stands in the text (UTF-16 offsets), and its position.</summary>
/// <param name="Position">0-based; a removed token (punctuation) leaves a gap, as in Lucene.</param>
public readonly record struct Token(string Term, int Start, int End, int Position);

/// <summary>
/// Receives tokens without allocating a string per term: <paramref name="term"/> is valid only
/// during the call.
/// </summary>
public delegate void TokenHandler(ReadOnlySpan<char> term, int start, int end, int position);

/// <summary>Runs any Lucene analyzer over a string outside indexing: the command line, query terms, tests.</summary>
public static class AnalyzerExtensions
{
    /// <summary>Streams the tokens of <paramref name="text"/> to <paramref name="handler"/>, positions made absolute.</summary>
    public static void Analyze(this Analyzer analyzer, string text, TokenHandler handler, string field = "text")
    {
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            handler(term.Buffer.AsSpan(0, term.Length), offset.StartOffset, offset.EndOffset, position);
        }
        stream.End();
    }

    /// <summary>The tokens of <paramref name="text"/> as a list; convenient, but a string per term.</summary>
    public static IReadOnlyList<Token> Tokenize(this Analyzer analyzer, string text, string field = "text")
    {
        var tokens = new List<Token>();
        analyzer.Analyze(text, (term, start, end, position) => tokens.Add(new Token(term.ToString(), start, end, position)), field);
        return tokens;
    }
}
