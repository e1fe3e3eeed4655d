using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace Search.Index;

/// <summary>
/// One text indexed by several fields of one analysis (the title's words are in <c>title.words</c>
/// and in <c>all.words</c>): the first field the writer inverts analyses it and keeps its tokens,
/// the others replay them, so SmartCn reads the text once per document. What the writer reads of a
/// token — its term, position increment and offsets, and the end state — is replayed exactly; the
/// text is analysed by the field's own analyzer, so every field sharing it must have the same one.
/// A document is inverted by one thread, so no lock is needed.
/// </summary>
public sealed class AnalysedOnce(string text)
{
    private readonly record struct Kept(string Term, int Increment, int Start, int End);

    private List<Kept>? _tokens;
    private int _endIncrement;
    private int _endOffset;

    public string Text => text;

    /// <summary>A field of the text, analysed or replayed as the writer asks for its tokens.</summary>
    public Field Field(string name, FieldType type) => new SharedField(this, name, type);

    private TokenStream Stream(Analyzer analyzer, string name) =>
        _tokens is null ? new Recording(this, analyzer.GetTokenStream(name, text)) : new Replay(this);

    private sealed class SharedField(AnalysedOnce shared, string name, FieldType type) : Field(name, shared.Text, type)
    {
        public override TokenStream GetTokenStream(Analyzer analyzer) => shared.Stream(analyzer, Name);
    }

    /// <summary>Passes the analysis through, keeping each token; what it kept counts once the stream ended.</summary>
    private sealed class Recording : TokenFilter
    {
        private readonly AnalysedOnce _shared;
        private readonly List<Kept> _kept = [];
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;
        private readonly IOffsetAttribute _offset;

        public Recording(AnalysedOnce shared, TokenStream input)
            : base(input)
        {
            _shared = shared;
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
                return false;
            _kept.Add(new Kept(_term.ToString(), _increment.PositionIncrement, _offset.StartOffset, _offset.EndOffset));
            return true;
        }

        public override void End()
        {
            base.End();
            (_shared._tokens, _shared._endIncrement, _shared._endOffset) = (_kept, _increment.PositionIncrement, _offset.EndOffset);
        }
    }

    private sealed class Replay : TokenStream
    {
        private readonly AnalysedOnce _shared;
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;
        private readonly IOffsetAttribute _offset;
        private int _next;

        public Replay(AnalysedOnce shared)
        {
            _shared = shared;
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_next >= _shared._tokens!.Count)
                return false;
            ClearAttributes();
            var token = _shared._tokens[_next++];
            _term.SetEmpty().Append(token.Term);
            _increment.PositionIncrement = token.Increment;
            _offset.SetOffset(token.Start, token.End);
            return true;
        }

        public override void End()
        {
            base.End();
            _increment.PositionIncrement = _shared._endIncrement;
            _offset.SetOffset(_shared._endOffset, _shared._endOffset);
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }
}
