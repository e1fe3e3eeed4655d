using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace Search.Analysis.Terms;

/// <summary>
/// Adjacent words as phrases: the word chain's tokens, then Lucene's <see cref="ShingleFilter"/>
/// joining two to <see cref="MaxWords"/> of them with a <see cref="Separator"/> (新型 城镇化), no single
/// words (the word field has them). A phrase never spans what the words leave out: punctuation
/// (SmartCn keeps its position), a number and its date unit (<c>2024</c> <c>年</c>, <c>5.5%</c>:
/// numbers and dates are not terms) or a particle such as 的 or 和 (<see cref="TermText.BreaksPhrase"/>),
/// so every phrase is words in a row of one clause, and none starts or ends with a function word. What a "new term" is made of; the index keeps these with
/// their frequencies (<c>all.phrases</c>).
/// </summary>
public static class WordPhrases
{
    /// <summary>
    /// Three words make most policy phrases SmartCn splits (社会主义 市场 经济, 西部 大 开发,
    /// 三 个 代表); a longer one is found as its overlapping three-word parts.
    /// </summary>
    public const int MaxWords = 3;

    /// <summary>Between the words of a phrase term; <see cref="TermText.Display"/> removes it between Chinese words.</summary>
    public const char Separator = ' ';

    // What the shingles hold where words were left out; no phrase holding it is kept.
    private const string Gap = "\uFFFF";

    /// <summary>The phrases of a stream of the word chain's tokens.</summary>
    public static TokenStream Over(TokenStream words)
    {
        var shingles = new ShingleFilter(new PhraseWords(words), 2, MaxWords);
        shingles.SetOutputUnigrams(false);
        shingles.SetTokenSeparator(Separator.ToString());
        shingles.SetFillerToken(Gap);
        return new WithoutGaps(shingles);
    }

    /// <summary>The words a phrase may hold: not a number, not a particle, not a second token at one position (a number as typed).</summary>
    private sealed class PhraseWords : FilteringTokenFilter
    {
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;

        public PhraseWords(TokenStream input)
            : base(WordAnalyzer.Version, input)
        {
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        protected override bool Accept()
        {
            return _increment.PositionIncrement > 0 && !TermText.BreaksPhrase(_term.ToString());
        }
    }

    private sealed class WithoutGaps : FilteringTokenFilter
    {
        private readonly ICharTermAttribute _term;

        public WithoutGaps(TokenStream input)
            : base(WordAnalyzer.Version, input) => _term = AddAttribute<ICharTermAttribute>();

        protected override bool Accept() => !_term.ToString().Contains(Gap, StringComparison.Ordinal);
    }
}
