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
/// no article holds (the first <see cref="MaxTermsCorrected"/> of them) is replaced by the string the
/// corpus does hold that is closest to it:
/// <list type="number">
/// <item>words of the index spelled the same in pinyin (any number of characters changed);</item>
/// <item>the term with one character changed to a homophone the corpus writes after the character
/// before it (from the bigram field's terms, so only strings the corpus can hold are tried);</item>
/// <item>only when the query found nothing at all, and for terms of three characters or more: one
/// character changed to any such character — the first to its homophones only, as no field lists
/// what precedes a character. A query that found articles by the term's words (智慧农业 by 智慧 and
/// 农业) is not told of every word one character away.</item>
/// </list>
/// Characters sound alike as fuzzy pinyin hears them (<see cref="SoundsAlike(char, char)"/>).
/// Of the candidates the corpus holds, a homophone beats any other change, then fewer changed
/// characters, then more articles. Everything is read from the index's own terms; nothing is stored for it.
/// </summary>
public static class QueryCorrection
{
    /// <summary>Longer terms are phrases pasted, not words misspelt.</summary>
    public const int MaxLength = 8;

    /// <summary>
    /// At most this many absent terms of a query are corrected: a slip or two is what a person makes,
    /// and the work stays bounded for a pasted paragraph of made-up words.
    /// </summary>
    public const int MaxTermsCorrected = 3;

    /// <summary>Shorter terms are corrected to homophones only: two characters with one changed to anything are too many other words (黄岛 → 黄河).</summary>
    private const int MinLengthForAnyChange = 3;

    /// <summary>Pairs of characters looked up for one term's one-character changes: the bound on a term's work however many characters follow its characters in the corpus.</summary>
    private const int LookupsPerTerm = 3_000;

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
    /// <param name="foundNothing">Whether the query matched no article: then any one character may be the slip, not only a homophone.</param>
    public static string? Of(PreparedQuery query, CharacterFolding folding, ArticleIndex index, bool foundNothing)
    {
        var corrected = query.Text;
        var tried = 0;
        // A group (terms joined by OR) with a term the corpus holds found what it asked for: only groups none of whose terms it holds are corrected.
        foreach (var group in query.Parsed.Groups)
        {
            var absent = new List<(QueryTerm Term, string Folded)>();
            foreach (var term in group)
            {
                var folded = folding.Normalize(term.Text);
                // A term found by another name of it (黄岛 as 西海岸新区) was understood; one of no characters has nothing to correct.
                if (folded.Length == 0 || query.Compiled.Synonyms.Any(synonyms => synonyms.Term == term.Text) || Holds(index, folded))
                {
                    absent.Clear();
                    break;
                }
                absent.Add((term, folded));
            }
            foreach (var (term, folded) in absent)
            {
                if (tried == MaxTermsCorrected || !IsCorrectable(folded))
                    continue;
                tried++;
                if (Correct(folded, index, anyCharacter: foundNothing) is { } correction)
                    corrected = Replaced(corrected, term.Text, correction);
            }
        }
        return corrected != query.Text ? corrected : null;
    }

    /// <summary>
    /// The query with the term, where it stands as a word of its own (not inside an excluded term, a
    /// field or another word), replaced by its correction as the corpus writes it.
    /// </summary>
    private static string Replaced(string query, string term, string correction)
    {
        for (var at = query.IndexOf(term, StringComparison.Ordinal); at >= 0; at = query.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            var end = at + term.Length;
            if ((at == 0 || IsBoundary(query[at - 1])) && (end == query.Length || IsBoundary(query[end])))
                return string.Concat(query.AsSpan(0, at), correction, query.AsSpan(end));
        }
        return query;

        static bool IsBoundary(char c) => char.IsWhiteSpace(c) || c is '"' or '“' or '”';
    }

    /// <summary>The string the corpus holds that <paramref name="term"/> most likely meant, or null.</summary>
    /// <param name="anyCharacter">Whether a character may be changed to one that does not sound alike (terms of three characters or more).</param>
    public static string? Correct(string term, ArticleIndex index, bool anyCharacter)
    {
        anyCharacter &= term.Length >= MinLengthForAnyChange;
        var candidates = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        void Add(string text)
        {
            if (text != term && !candidates.ContainsKey(text))
                candidates[text] = new Candidate(text, Changed(term, text), SoundsAlike(term, text));
        }

        foreach (var word in HomophoneWords(term, index))
            Add(word);
        var lookups = new Budget(LookupsPerTerm);
        for (var at = 0; at < term.Length; at++)
        {
            foreach (var character in Replacements(term, at, index, anyCharacter, lookups))
                Add(string.Create(term.Length, (term, at, character), static (text, state) =>
                {
                    state.term.AsSpan().CopyTo(text);
                    text[state.at] = state.character;
                }));
        }

        return candidates.Values
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
        // A word is tried by its first character's homophones, then kept if every character sounds alike.
        var starts = Homophones(term[0]).Order().Select(character => character.ToString());
        return index.TermsStartingWithAny(ArticleFields.Name(ArticlePart.All, Representation.Words), starts, FollowersWalked)
            .Select(found => found.Term)
            .Where(word => word.Length == term.Length && SoundsAlike(term, word));
    }

    /// <summary>
    /// The characters that may stand at <paramref name="at"/> instead of the typed one: those the
    /// corpus writes after the character before it (and before the one after it), homophones of the
    /// typed one unless <paramref name="anyCharacter"/>; at the start, the typed character's homophones
    /// that the corpus writes before the next one.
    /// </summary>
    private static IEnumerable<char> Replacements(string term, int at, ArticleIndex index, bool anyCharacter, Budget lookups)
    {
        var typed = term[at];
        // Only Chinese characters replace one: the bigram field pairs punctuation, digits and letters too.
        IEnumerable<char> tried = at > 0
            ? index.TermsStartingWith(BigramField, term[at - 1].ToString(), FollowersWalked).Where(found => found.Term.Length == 2).Select(found => found.Term[1])
                .Where(character => PinyinTable.ReadingsOf(character).Count > 0 && (anyCharacter || SoundsAlike(typed, character)))
            : Homophones(typed);
        foreach (var character in tried)
        {
            if (character == typed)
                continue;
            // The pair with the next character is looked up last: it is the one test here that costs a seek.
            if (at + 1 < term.Length && !lookups.Take())
                yield break;
            if (at + 1 == term.Length || HasBigram(index, character, term[at + 1]))
                yield return character;
        }
    }

    /// <summary>How many more lookups a term may make.</summary>
    private sealed class Budget(int lookups)
    {
        public bool Take() => lookups-- > 0;
    }

    private static bool HasBigram(ArticleIndex index, char first, char second) =>
        index.IndexReader.DocFreq(new Lucene.Net.Index.Term(BigramField, string.Concat(first, second))) > 0;

    /// <summary>Whether every character of <paramref name="candidate"/> shares a reading with the typed one at its place.</summary>
    private static bool SoundsAlike(string term, string candidate) =>
        term.Length == candidate.Length && term.Zip(candidate).All(pair => SoundsAlike(pair.First, pair.Second));

    /// <summary>
    /// Whether two characters share a reading, as an input method's fuzzy pinyin (模糊音) hears it:
    /// zh/z, ch/c, sh/s, n/l and the front and back nasals (in/ing, en/eng, an/ang) alike, the
    /// confusions its users make and it forgives (乡村振心 for 乡村振兴).
    /// </summary>
    private static bool SoundsAlike(char typed, char other) =>
        typed == other || PinyinTable.ReadingsOf(typed).Select(Fuzzy).Intersect(PinyinTable.ReadingsOf(other).Select(Fuzzy)).Any();

    private static string Fuzzy(string reading)
    {
        var initial = reading.StartsWith("zh", StringComparison.Ordinal) || reading.StartsWith("ch", StringComparison.Ordinal) || reading.StartsWith("sh", StringComparison.Ordinal)
            ? reading[..1] + reading[2..] : reading.StartsWith('n') ? "l" + reading[1..] : reading;
        return initial.EndsWith("ng", StringComparison.Ordinal) && initial.Length > 2 && initial[^3] is 'i' or 'e' or 'a' ? initial[..^1] : initial;
    }

    /// <summary>The characters sharing a reading with <paramref name="character"/>, itself included.</summary>
    private static IEnumerable<char> Homophones(char character) =>
        PinyinTable.ReadingsOf(character).SelectMany(PinyinTable.CharactersReading).Distinct();

    private static int Changed(string term, string candidate) => term.Zip(candidate).Count(pair => pair.First != pair.Second);

    /// <summary>Whether any article holds <paramref name="text"/> exactly: the search stops at the first.</summary>
    private static bool Holds(ArticleIndex index, string text)
    {
        var first = new FirstMatch();
        index.Search(Exact(text), first);
        return first.Found;
    }

    /// <summary>A collector that stops a search at its first match, and skips every segment after it.</summary>
    private sealed class FirstMatch : ICollector
    {
        public bool Found { get; private set; }

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(Lucene.Net.Index.AtomicReaderContext context)
        {
            if (Found)
                throw new CollectionTerminatedException();
        }

        public void Collect(int doc)
        {
            Found = true;
            throw new CollectionTerminatedException();
        }
    }

    /// <summary>How many articles hold <paramref name="text"/> exactly: the query an exact match is.</summary>
    private static int Count(ArticleIndex index, string text)
    {
        var counter = new TotalHitCountCollector();
        index.Search(Exact(text), counter);
        return counter.TotalHits;
    }

    /// <summary>The query an exact match of <paramref name="text"/> is (two characters or more: every term and candidate here).</summary>
    private static Query Exact(string text) =>
        QueryCompiler.Exact([.. text.Select(character => character.ToString())], ArticlePart.All)
        ?? throw new ArgumentException("no characters to match", nameof(text));
}
