using Lucene.Net.Analysis;
using Search.Analysis.Filters;
using Search.Analysis.Folding;

namespace Search.Analysis.Recall;

/// <summary>
/// The two recall chains over <see cref="CharacterTokenizer"/>: single characters (a one-character
/// query is a term of this field) and overlapping pairs (<see cref="BigramFilter"/>; any longer string
/// is a phrase of its pairs), both folding by one <see cref="CharacterFolding"/> and ending in an
/// <see cref="AnalysisGuard"/>. Thread-safe.
/// </summary>
public sealed class RecallAnalyzers
{
    private static readonly RecallAnalyzers WithTraditional = new(CharacterFolding.Default);
    private static readonly RecallAnalyzers WithoutTraditional = new(CharacterFolding.WidthAndCase);

    /// <summary>The chains of the default folding (traditional characters simplified).</summary>
    public static RecallAnalyzers Default => WithTraditional;

    public static RecallAnalyzers Of(CharacterFolding folding) => folding.FoldsTraditional ? WithTraditional : WithoutTraditional;

    private RecallAnalyzers(CharacterFolding folding)
    {
        Folding = folding;
        Characters = new Chain(reader =>
        {
            var tokenizer = new CharacterTokenizer(reader, folding);
            return new TokenStreamComponents(tokenizer, new AnalysisGuard(tokenizer));
        });
        Bigrams = new Chain(reader =>
        {
            var tokenizer = new CharacterTokenizer(reader, folding);
            return new TokenStreamComponents(tokenizer, new AnalysisGuard(new BigramFilter(tokenizer)));
        });
    }

    public CharacterFolding Folding { get; }

    public Analyzer Characters { get; }

    public Analyzer Bigrams { get; }

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
