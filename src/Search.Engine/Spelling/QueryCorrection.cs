using Lucene.Net.Search;
using Search.Analysis.Folding;
using Search.Engine.Querying;
using Search.Engine.Searching;
using Search.Hanzi;
using Search.Index;

namespace Search.Engine.Spelling;

/// <summary>
/// "您是不是要找": the query as it was probably meant, when a term of it is nowhere in the corpus
/// (<c>营商环竟</c>, <c>崂山去</c>, <c>胶洲</c>: the slips of an input method, which picks a homophone, or of
/// a finger, one character off). Each Chinese term of two to <see cref="MaxLength"/> characters that
/// no article holds is replaced by the string the corpus does hold that is closest to it:
/// <list type="number">
/// <item>words of the index spelled the same in pinyin (any number of characters changed);</item>
/// <item>the term with one character changed, to any character the corpus writes after the one
/// before it (from the bigram field's terms, so only strings the corpus can hold are tried) — the
/// first character to its homophones only, as no field lists what precedes a character.</item>
/// </list>
/// Of the candidates the corpus holds, a homophone beats any other change, then fewer changed
/// characters, then more articles; a term of two characters is only corrected to a homophone. Everything is read from the index's own terms; nothing is stored for it.
/// </summary>
public static class QueryCorrection
{
    /// <summary>Longer terms are phrases pasted, not words misspelt.</summary>
    public const int MaxLength = 12;

    /// <summary>Shorter terms are corrected to homophones only.</summary>
    private const int MinLengthForAnyChange = 3;

    /// <summary>Characters tried after one character: the bigram terms walked for a position.</summary>
    private const int FollowersWalked = 4_000;

    /// <summary>Candidates whose whole text is looked up, likeliest first: each costs one phrase count.</summary>
    private const int CandidatesVerified = 40;

    private static readonly string BigramField = ArticleFields.Name(ArticlePart.All, Representation.Bigrams);

    /// <summary>
    /// The query with each absent term replaced by its correction, or null when every term is in the
    /// corpus or no correction was found.
    /// </summary>
    /// <param name="folding">How the index folds characters: a term is looked up as the recall fields hold it.</param>
    public static string? Of(PreparedQuery query, CharacterFolding folding, ArticleIndex index)
    {
        var corrected = query.Text;
        foreach (var term in query.Parsed.PositiveTerms)
        {
            var folded = folding.Normalize(term.Text);
            // A term found by another name of it (黄岛 as 西海岸新区) was understood.
            if (!IsCorrectable(folded) || query.Compiled.Synonyms.Any(synonyms => synonyms.Term == term.Text)
                || Holds(index, folded) || Correct(folded, index) is not { } correction)
                continue;
            // The term as typed (in traditional characters, say) gives way to the correction as the corpus writes it.
            var at = corrected.IndexOf(term.Text, StringComparison.Ordinal);
            if (at >= 0)
                corrected = string.Concat(corrected.AsSpan(0, at), correction, corrected.AsSpan(at + term.Text.Length));
        }
        return corrected != query.Text ? corrected : null;
    }

    /// <summary>The string the corpus holds that <paramref name="term"/> most likely meant, or null.</summary>
    public static string? Correct(string term, ArticleIndex index)
    {
        var candidates = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        void Add(string text)
        {
            if (text != term && !candidates.ContainsKey(text))
                candidates[text] = new Candidate(text, Changed(term, text), SoundsAlike(term, text));
        }

        foreach (var word in HomophoneWords(term, index))
            Add(word);
        for (var at = 0; at < term.Length; at++)
        {
            foreach (var character in Replacements(term, at, index))
                Add(string.Create(term.Length, (term, at, character), static (text, state) =>
                {
                    state.term.AsSpan().CopyTo(text);
                    text[state.at] = state.character;
                }));
        }

        // Two characters with one changed to anything are too many other words (黄岛 → 黄河): only a homophone is a slip there.
        return candidates.Values
            .Where(candidate => candidate.Homophone || term.Length >= MinLengthForAnyChange)
            .OrderByDescending(candidate => candidate.Homophone).ThenBy(candidate => candidate.Changed)
            .Take(CandidatesVerified)
            .Select(candidate => (candidate, Articles: Count(index, candidate.Text)))
            .Where(found => found.Articles > 0)
            .OrderByDescending(found => found.candidate.Homophone).ThenBy(found => found.candidate.Changed).ThenByDescending(found => found.Articles)
            .Select(found => found.candidate.Text)
            .FirstOrDefault();
    }

    private sealed record Candidate(string Text, int Changed, bool Homophone);

    /// <summary>Whether the term is Chinese characters only, of a length worth correcting.</summary>
    private static bool IsCorrectable(string term) =>
        term.Length is >= 2 and <= MaxLength && term.All(character => PinyinTable.ReadingsOf(character).Count > 0);

    /// <summary>The index's words (the SmartCn field) spelled as <paramref name="term"/> is, character for character.</summary>
    private static IEnumerable<string> HomophoneWords(string term, ArticleIndex index)
    {
        var slots = term.Select(character => PinyinTable.ReadingsOf(character)).ToList();
        // A word is tried by its first character's homophones, then kept if every character sounds alike.
        var starts = slots[0].SelectMany(PinyinTable.CharactersReading).Distinct().Order().Select(character => character.ToString());
        return index.TermsStartingWithAny(ArticleFields.Name(ArticlePart.All, Representation.Words), starts, FollowersWalked)
            .Select(found => found.Term)
            .Where(word => word.Length == term.Length && SoundsAlike(term, word));
    }

    /// <summary>
    /// The characters that may stand at <paramref name="at"/> instead of the typed one: those the
    /// corpus writes after the character before it (and before the one after it); at the start, the
    /// typed character's homophones that the corpus writes before the next one.
    /// </summary>
    private static IEnumerable<char> Replacements(string term, int at, ArticleIndex index)
    {
        IEnumerable<char> tried = at > 0
            ? index.TermsStartingWith(BigramField, term[at - 1].ToString(), FollowersWalked).Where(found => found.Term.Length == 2).Select(found => found.Term[1])
            : PinyinTable.ReadingsOf(term[0]).SelectMany(PinyinTable.CharactersReading).Distinct();
        foreach (var character in tried)
        {
            if (character != term[at] && (at + 1 == term.Length || HasBigram(index, character, term[at + 1])))
                yield return character;
        }
    }

    private static bool HasBigram(ArticleIndex index, char first, char second) =>
        index.IndexReader.DocFreq(new Lucene.Net.Index.Term(BigramField, string.Concat(first, second))) > 0;

    /// <summary>Whether every character of <paramref name="candidate"/> shares a reading with the typed one at its place.</summary>
    private static bool SoundsAlike(string term, string candidate) =>
        term.Length == candidate.Length && term.Zip(candidate).All(pair => pair.First == pair.Second
            || PinyinTable.ReadingsOf(pair.First).Intersect(PinyinTable.ReadingsOf(pair.Second)).Any());

    private static int Changed(string term, string candidate) => term.Zip(candidate).Count(pair => pair.First != pair.Second);

    private static bool Holds(ArticleIndex index, string text) => Count(index, text) > 0;

    /// <summary>How many articles hold <paramref name="text"/> exactly: the query an exact match is.</summary>
    private static int Count(ArticleIndex index, string text)
    {
        if (QueryCompiler.Exact([.. text.Select(character => character.ToString())], ArticlePart.All) is not { } exact)
            return 0;
        var counter = new TotalHitCountCollector();
        index.Search(exact, counter);
        return counter.TotalHits;
    }
}
