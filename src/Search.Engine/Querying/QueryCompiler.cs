using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Analysis;
using Search.Analysis.Synonyms;
using Search.Index;

namespace Search.Engine.Querying;

/// <summary>
/// A <see cref="ParsedQuery"/> as one Lucene query, and which of its clauses are exact matches.
/// <para>
/// A term matches an article that contains it verbatim or contains all its words, in the whole
/// article: <c>+(all.exact OR (all.words:w1 AND all.words:w2 …))</c>; a term that is a single word
/// spelled as typed needs only its exact clause. The title's weight is an optional clause of the
/// same shape over the title fields, <c>(title.exact OR (title.words:w1 AND …))</c>: scored only
/// where the article matched, and, the title being in the whole article too, a title occurrence
/// counts about twice a body one. "Verbatim" is a query on the recall fields: one character is a
/// term of <c>*.chars</c>; two are one term of <c>*.bigrams</c>; more are a phrase of a covering
/// subset of their pairs at explicit positions (the pairs at offsets 0, 2, 4, … and the last pin
/// every character), so a phrase touches half the postings of the naive one. A group (terms joined
/// by OR) matches when any term does; all groups are required; excluded terms are prohibited.
/// Scores are plain sums of BM25 (coord off). "Exact text or all words" is one
/// <see cref="ExactOrWordsQuery"/>, which walks both in one pass; it reads, and its scores sum, as
/// the boolean query above.
/// </para>
/// <para>
/// The exact clauses are kept by reference (<see cref="CompiledQuery.ExactClauses"/>): a collector finds
/// their scorers under the query's scorer and asks, per doc, whether each group matched exactly (an
/// <see cref="ExactOrWordsQuery"/>'s scorer knows; any other exact clause matched when it is on the doc). Only
/// leaf queries are tracked, which Lucene's rewrite passes on unchanged as long as no boolean query
/// carries a boost of its own: no query here has one.
/// </para>
/// </summary>
public static class QueryCompiler
{
    /// <param name="spelled">
    /// What the query spells in pinyin (<see cref="Pinyin.SpelledQuery"/>): terms that must all match,
    /// each any of its Chinese strings, every string matched as a typed term is. An article matching
    /// them matches the query too, but never exactly, so below every article holding the typed text itself.
    /// </param>
    /// <param name="synonyms">
    /// Other names of whole terms (<see cref="QuerySynonyms"/>): a plain term (not a phrase) also matches
    /// by each of them, as a term typed beside it with OR would, but never exactly: an article holding
    /// only another name ranks below every article holding the name as typed.
    /// </param>
    public static CompiledQuery Compile(ParsedQuery parsed, WordAnalyzer words, IReadOnlyList<IReadOnlyList<string>>? spelled = null, QuerySynonyms? synonyms = null)
    {
        var exact = new Dictionary<Query, int>(ReferenceEqualityComparer.Instance);
        var groups = parsed.Groups.Select(group => group.Select(term => new AnalyzedTerm(term, words)).ToArray()).ToArray();
        // Each term's other names, in the shape of the groups.
        var others = groups.Select(group => group.Select(term => OtherNames(term, words, synonyms)).ToArray()).ToArray();
        var required = parsed.MatchesEverything
            ? [new MatchAllDocsQuery()]
            : groups.Select((group, g) => Any(group.Select(term => Term(term, leaf => exact[leaf] = g))
                .Concat(others[g].SelectMany(names => names).Select(name => Term(name, markExact: _ => { }))))).ToList();
        // An excluded term rules out its other names too, but never a name the query asks for (黄岛 -西海岸新区 keeps 黄岛).
        var asked = groups.SelectMany(group => group).Concat(others.SelectMany(group => group.SelectMany(names => names)))
            .Select(term => term.Normalized).ToHashSet(StringComparer.Ordinal);
        var prohibited = parsed.Excluded.Select(term => new AnalyzedTerm(term, words))
            .SelectMany(term => OtherNames(term, words, synonyms).Where(name => !asked.Contains(name.Normalized)).Prepend(term)).Select(Excluded).ToList();
        var query = prohibited.Count == 0 ? All(required) : AllBut(required, prohibited);
        var terms = groups.SelectMany(group => group).Concat(others.SelectMany(group => group.SelectMany(names => names))).ToList();
        if (spelled is { Count: > 0 })
        {
            var spelledTerms = spelled.Select(term => term.Select(text => new AnalyzedTerm(new QueryTerm(text), words)).ToArray()).ToArray();
            query = Any([query, All(spelledTerms.Select(term => Any(term.Select(text => Term(text, markExact: _ => { })))))]);
            terms.AddRange(spelledTerms.SelectMany(term => term));
        }
        return new CompiledQuery(query, exact, groups.Length, parsed.MatchesEverything, terms)
        {
            Spelled = spelled ?? [],
            Synonyms = [.. groups.SelectMany(group => group).Zip(others.SelectMany(group => group))
                .Where(pair => pair.Second.Count > 0)
                .Select(pair => new TermSynonyms(pair.First.Term.Text, [.. pair.Second.Select(name => name.Term.Text)]))],
        };
    }

    /// <summary>The term's other names, each analysed as a term of its own; none for a phrase, which asks for its text as typed.</summary>
    private static IReadOnlyList<AnalyzedTerm> OtherNames(AnalyzedTerm term, WordAnalyzer words, QuerySynonyms? synonyms) =>
        synonyms is null || term.Term.IsPhrase ? []
            : [.. synonyms.Of(term.Normalized).Select(name => new AnalyzedTerm(new QueryTerm(name, TitleOnly: term.Term.TitleOnly), words))];

    private static BooleanQuery AllBut(IEnumerable<Query> required, IEnumerable<Query> prohibited)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var clause in required)
            query.Add(clause, Occur.MUST);
        foreach (var clause in prohibited)
            query.Add(clause, Occur.MUST_NOT);
        return query;
    }

    /// <summary>
    /// The term's match in the whole article (or the title, for a title-only term), required, and
    /// its match in the title, optional, for the title's weight.
    /// </summary>
    private static Query Term(AnalyzedTerm term, Action<Query> markExact)
    {
        var match = Match(term, term.Term.TitleOnly ? ArticlePart.Title : ArticlePart.All, markExact);
        if (term.Term.TitleOnly)
            return match;
        var withTitle = new BooleanQuery(disableCoord: true);
        withTitle.Add(match, Occur.MUST);
        withTitle.Add(Match(term, ArticlePart.Title, markExact: null), Occur.SHOULD);
        return withTitle;
    }

    /// <summary>
    /// The exact text in one field, or all of the term's words there — unless it is a quoted phrase,
    /// or its only word is itself: then the words would only score the postings of the same
    /// occurrences a second time, for no match the exact text does not make.
    /// </summary>
    private static Query Match(AnalyzedTerm term, ArticlePart part, Action<Query>? markExact)
    {
        var exact = Exact(term, part);
        var byWords = !term.Term.IsPhrase && term.Words.Count > 0 && !term.IsItsOnlyWord;
        if (exact is null)
            return All(byWords ? term.Words.Select(word => Word(word, part)) : []);
        // Both: one scorer walks both (ExactOrWordsQuery), and it is what knows whether a doc was exact.
        var match = byWords ? new ExactOrWordsQuery(exact, [.. term.Words.Select(word => WordTerm(word, part))])
            : IsWitnessedByItsWord(term, exact) ? new ExactOrWordsQuery(exact, [WordTerm(term.Words[0], part)], wordWitnesses: true)
            : exact;
        markExact?.Invoke(match);
        return match;
    }

    /// <summary>
    /// Whether a doc holding the term's one word holds its text, so the word can spare reading the
    /// phrase's positions: the term is that word, and of letters no filter of the word chain rewrites
    /// (Han characters and the like: no stemming, no numbers as typed) — which SmartCn only makes
    /// into a word, and the user dictionary only merges into one, where they stand together.
    /// </summary>
    private static bool IsWitnessedByItsWord(AnalyzedTerm term, Query exact) =>
        exact is PhraseQuery && term.IsItsOnlyWord
        && term.Normalized.All(c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherLetter);

    /// <summary>
    /// What an excluded term rules out: the exact text; and when it is one word, that word anywhere
    /// too (<c>-上合</c> drops every 上合, but <c>-新旧动能</c> does not drop every 新旧).
    /// </summary>
    private static Query Excluded(AnalyzedTerm term)
    {
        var part = term.Term.TitleOnly ? ArticlePart.Title : ArticlePart.All;
        var clauses = new List<Query>();
        if (Exact(term, part) is { } exact)
            clauses.Add(exact);
        if (!term.Term.IsPhrase && term.Words.Count == 1)
            clauses.Add(Word(term.Words[0], part));
        return Any(clauses);
    }

    /// <summary>The recall query for the term's exact text in one part; null when it has no characters.</summary>
    public static Query? Exact(AnalyzedTerm term, ArticlePart part) => Exact(term.Characters, part);

    /// <summary>The recall query for a text of these (folded) characters in one part; null when there are none.</summary>
    public static Query? Exact(IReadOnlyList<string> characters, ArticlePart part)
    {
        Query? query = characters.Count switch
        {
            0 => null,
            1 => new TermQuery(new Term(ArticleFields.Name(part, Representation.Characters), characters[0])),
            2 => new TermQuery(new Term(ArticleFields.Name(part, Representation.Bigrams), characters[0] + characters[1])),
            _ => Phrase(characters, ArticleFields.Name(part, Representation.Bigrams)),
        };
        return query;
    }

    private static PhraseQuery Phrase(IReadOnlyList<string> characters, string part)
    {
        var phrase = new PhraseQuery();
        foreach (var offset in CoveringOffsets(characters.Count - 1))
            phrase.Add(new Term(part, characters[offset] + characters[offset + 1]), offset);
        return phrase;
    }

    /// <summary>0, 2, 4, … and the last of a string's <paramref name="bigrams"/> pairs: each character lies in one of them.</summary>
    public static IReadOnlyList<int> CoveringOffsets(int bigrams)
    {
        var offsets = Enumerable.Range(0, (bigrams + 1) / 2).Select(i => i * 2).ToList();
        if (offsets[^1] != bigrams - 1)
            offsets.Add(bigrams - 1);
        return offsets;
    }

    private static TermQuery Word(string word, ArticlePart part) => new(WordTerm(word, part));

    private static Term WordTerm(string word, ArticlePart part) => new(ArticleFields.Name(part, Representation.Words), word);

    /// <summary>A disjunction, or the one clause itself.</summary>
    private static Query Any(IEnumerable<Query> clauses) => Combine(clauses, Occur.SHOULD);

    private static Query All(IEnumerable<Query> clauses) => Combine(clauses, Occur.MUST);

    private static Query Combine(IEnumerable<Query> clauses, Occur occur)
    {
        var list = clauses.ToList();
        if (list.Count == 1)
            return list[0];
        var query = new BooleanQuery(disableCoord: true);
        foreach (var clause in list)
            query.Add(clause, occur);
        return query;
    }
}

/// <summary>A query ready to run: the Lucene query, its exact clauses by group, and the terms to highlight.</summary>
/// <param name="ExactClauses">Each exact clause (by reference) and the group it belongs to.</param>
public sealed record CompiledQuery(
    Query Query,
    IReadOnlyDictionary<Query, int> ExactClauses,
    int GroupCount,
    bool MatchesEverything,
    IReadOnlyList<AnalyzedTerm> Terms)
{
    /// <summary>What the query was also read as in pinyin and searched for; empty when nothing.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Spelled { get; init; } = [];

    /// <summary>The terms that were also searched by other names, with those names; empty when none.</summary>
    public IReadOnlyList<TermSynonyms> Synonyms { get; init; } = [];
}

/// <summary>A query term as typed and the other names it was also searched by (<c>黄岛</c> → 黄岛区, 西海岸新区).</summary>
public sealed record TermSynonyms(string Term, IReadOnlyList<string> Names);
