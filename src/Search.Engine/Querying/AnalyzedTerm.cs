using Search.Analysis;

namespace Search.Engine.Querying;

/// <summary>
/// A query term as the index's representations see it: its characters, folded as the recall fields
/// fold them (what an exact match is made of), and its SmartCn words (what a match by words needs,
/// and what ranks). Highlighting marks the same evidence: the whole term where it stands, else its words.
/// </summary>
public sealed class AnalyzedTerm
{
    public AnalyzedTerm(QueryTerm term, WordAnalyzer words)
    {
        Term = term;
        var characters = new List<string>();
        words.Recall.Characters.Analyze(term.Text, (text, _, _, _) => characters.Add(text.ToString()));
        Characters = characters;
        Words = words.Tokenize(term.Text).Select(token => token.Term).Distinct(StringComparer.Ordinal).ToArray();
    }

    public QueryTerm Term { get; }

    /// <summary>The term's characters, one string each (a surrogate pair is one).</summary>
    public IReadOnlyList<string> Characters { get; }

    /// <summary>The term as the recall representation folds it (full-width folded, lower-cased, simplified, no spaces).</summary>
    public string Normalized => string.Concat(Characters);

    /// <summary>Its distinct SmartCn words, user-dictionary words and numbers as typed included.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>
    /// Whether the term is one word spelled exactly as typed (<c>发展</c>, <c>高质量发展</c>): then every
    /// article holding the word holds the text, so matching by words finds nothing the exact text
    /// does not.
    /// </summary>
    public bool IsItsOnlyWord => Words.Count == 1 && Words[0] == Normalized;
}
