using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace Search.Index;

/// <summary>
/// One text indexed by several fields of one analysis (the title's words are in <c>title.words</c>
/// and in <c>all.words</c>, its phrases in <c>all.phrases</c>): the first field the writer inverts
/// analyses it and keeps its tokens, the others replay them, so SmartCn reads the text once per
/// document. What the writer reads of a token — its term, position increment and offsets, and the
/// end state — is replayed exactly. The text is analysed by the analyzer of field
/// <paramref name="analysedAs"/>, whichever field comes first; a field may make its own tokens
/// of the shared ones (<see cref="Field(string, FieldType, Func{TokenStream, TokenStream})"/>).
/// A document is inverted by one thread, so no lock is needed.
/// </summary>
public sealed class AnalysedOnce(string text, string analysedAs)
{
    private readonly record struct Kept(string Term, int Increment, int Start, int End);

    private List<Kept>? _tokens;
    private int _endIncrement;
    private int _endOffset;

    public string Text => text;

    /// <summary>A field of the text, analysed or replayed as the writer asks for its tokens.</summary>
    public Field Field(string name, FieldType type) => new SharedField(this, name, type, words => words);

    /// <summary>A field of tokens made from the text's (<see cref="Search.Analysis.Terms.WordPhrases.Over"/>, say).</summary>
    public Field Field(string name, FieldType type, Func<TokenStream, TokenStream> derive) => new SharedField(this, name, type, derive);

    private TokenStream Stream(Analyzer analyzer) =>
        _tokens is null ? new Recording(this, analyzer.GetTokenStream(analysedAs, text)) : new Replay(this);

    private sealed class SharedField(AnalysedOnce shared, string name, FieldType type, Func<TokenStream, TokenStream> derive) : Field(name, shared.Text, type)
    {
        public override TokenStream GetTokenStream(Analyzer analyzer) => derive(shared.Stream(analyzer));
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
