using Lucene.Net.Analysis;

namespace Search.Analysis.Recall;

/// <summary>
/// The two recall chains over <see cref="CharacterTokenizer"/>: single characters (a one-character
/// query is a term of this field) and overlapping pairs (<see cref="BigramFilter"/>; any longer string
/// is a phrase of its pairs). Thread-safe.
/// </summary>
public static class RecallAnalyzers
{
    public static Analyzer Characters { get; } = Analyzer.NewAnonymous((_, reader) => new TokenStreamComponents(new CharacterTokenizer(reader)));

    public static Analyzer Bigrams { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new CharacterTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new BigramFilter(tokenizer));
    });
}
