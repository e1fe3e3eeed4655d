using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Analysis.Filters;

/// <summary>
/// A token filter that reads its whole input before emitting anything, lets <see cref="Rewrite"/>
/// merge, drop or insert tokens with full look-ahead, then emits the result. Texts are articles, so
/// holding one in memory is cheap, and it keeps each rewrite a plain function on a list.
/// Term, offsets and position increments are carried; other attributes are not.
/// </summary>
internal abstract class BufferedTokenFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly TokenList _tokens = new();
    private int _next = -1;
    private int _lastPosition;

    protected BufferedTokenFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>Changes the list in place; positions must stay non-decreasing.</summary>
    protected abstract void Rewrite(TokenList tokens);

    public sealed override bool IncrementToken()
    {
        if (_next < 0)
        {
            Fill();
            Rewrite(_tokens);
            _next = 0;
            _lastPosition = -1;
        }
        if (_next >= _tokens.Tokens.Count)
            return false;

        var token = _tokens.Tokens[_next++];
        ClearAttributes();
        _term.CopyBuffer(_tokens.Chars, token.TermOffset, token.TermLength);
        _offset.SetOffset(token.Start, token.End);
        _increment.PositionIncrement = token.Position - _lastPosition;
        _lastPosition = token.Position;
        return true;
    }

    private void Fill()
    {
        _tokens.Clear();
        var position = -1;
        while (m_input.IncrementToken())
        {
            // The whole text is read here before anything is emitted: the deadline is checked as it is.
            if (_tokens.Tokens.Count % AnalysisDeadline.TokensBetweenChecks == 0)
                AnalysisDeadline.ThrowIfPassed();
            position += _increment.PositionIncrement;
            _tokens.Add(_term.Buffer.AsSpan(0, _term.Length), _offset.StartOffset, _offset.EndOffset, position);
        }
    }

    public override void Reset()
    {
        base.Reset();
        _tokens.Clear();
        _next = -1;
    }
}
