using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Search.Analysis.Folding;

namespace Search.Analysis.Recall;

/// <summary>
/// The segmentation-independent representation: every character of the text that is not white space
/// is a token of its own, at consecutive positions, folded by <see cref="CharacterFolding"/>. Whatever
/// SmartCn made of a string, the string is found as the sequence of its characters. A surrogate pair
/// is one character; white space leaves no gap, so a phrase may run across a line break, as the
/// sentence a newspaper broke there does.
/// </summary>
public sealed class CharacterTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private char[] _text = new char[4096];
    private int _length;
    private int _at;

    private readonly CharacterFolding _folding;

    public CharacterTokenizer(TextReader input, CharacterFolding folding)
        : base(input)
    {
        _folding = folding;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        while (_at < _length && CharacterFolding.IsSkipped(_text[_at]))
            _at++;
        if (_at >= _length)
            return false;

        ClearAttributes();
        var start = _at;
        var pair = char.IsHighSurrogate(_text[_at]) && _at + 1 < _length && char.IsLowSurrogate(_text[_at + 1]);
        var term = _term.ResizeBuffer(2);
        term[0] = _folding.Fold(_text[_at]);
        if (pair)
            term[1] = _text[_at + 1];
        _term.Length = pair ? 2 : 1;
        _at += _term.Length;
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(_at));
        return true;
    }

    /// <summary>Reads the whole text: articles are small, and a pair is never split between two reads.</summary>
    public override void Reset()
    {
        base.Reset();
        _length = 0;
        _at = 0;
        int read;
        while ((read = m_input.Read(_text, _length, _text.Length - _length)) > 0)
        {
            _length += read;
            if (_length == _text.Length)
                Array.Resize(ref _text, _text.Length * 2);
        }
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }
}
