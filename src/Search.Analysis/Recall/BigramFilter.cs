using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Analysis.Recall;

/// <summary>
/// Joins each character token with the next into an overlapping pair at the first one's position
/// (<c>义务教育</c> → <c>义务</c>@0 <c>务教</c>@1 <c>教育</c>@2), spanning both in the text. A string of
/// k ≥ 2 characters occurs exactly where its k − 1 pairs stand at consecutive positions, so it is a
/// phrase query over this field; a text of one character has no pair.
/// </summary>
public sealed class BigramFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly char[] _previous = new char[2];
    private int _previousLength;
    private int _previousStart;

    public BigramFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            var length = _term.Length;
            var start = _offset.StartOffset;
            if (_previousLength == 0)
            {
                Remember(length, start);
                continue;
            }
            // term = previous + current, in place: the current character moves right behind the previous one.
            var buffer = _term.ResizeBuffer(_previousLength + length);
            Array.Copy(buffer, 0, buffer, _previousLength, length);
            Array.Copy(_previous, 0, buffer, 0, _previousLength);
            _term.Length = _previousLength + length;
            var end = _offset.EndOffset;
            _offset.SetOffset(_previousStart, end);
            Array.Copy(buffer, _previousLength, _previous, 0, length);
            _previousLength = length;
            _previousStart = start;
            return true;
        }
        return false;
    }

    private void Remember(int length, int start)
    {
        Array.Copy(_term.Buffer, 0, _previous, 0, length);
        _previousLength = length;
        _previousStart = start;
    }

    public override void Reset()
    {
        base.Reset();
        _previousLength = 0;
    }
}
