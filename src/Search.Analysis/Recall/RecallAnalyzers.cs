using Lucene.Net.Analysis;

namespace Search.Analysis.Recall;

/// <summary>
/// The two recall chains over <see cref="CharacterTokenizer"/>: single characters (a one-character
/// query is a term of this field) and overlapping pairs (<see cref="BigramFilter"/>; any longer string
/// is a phrase of its pairs). Thread-safe.
/// </summary>
public static class RecallAnalyzers
{
    public static Analyzer Characters { get; } = new Chain(reader => new TokenStreamComponents(new CharacterTokenizer(reader)));

    public static Analyzer Bigrams { get; } = new Chain(reader =>
    {
        var tokenizer = new CharacterTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new BigramFilter(tokenizer));
    });

    /// <summary>
    /// A chain whose values of one field stand <see cref="ValueGap"/> positions apart, so that no
    /// phrase joins the end of one value (a title) to the start of the next (its body).
    /// </summary>
    private sealed class Chain(Func<TextReader, TokenStreamComponents> create) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) => create(reader);

        public override int GetPositionIncrementGap(string fieldName) => ValueGap;
    }

    /// <summary>Farther apart than any phrase's pairs: a query keeps at most 500 characters.</summary>
    public const int ValueGap = 1000;
}
