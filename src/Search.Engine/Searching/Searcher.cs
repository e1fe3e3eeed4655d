using System.Diagnostics;
using Search.Analysis;
using Search.Corpus.Metadata;
using Search.Engine.Highlighting;
using Search.Engine.Querying;
using Search.Index;
using Search.Index.Postings;

namespace Search.Engine.Searching;

/// <summary>
/// Answers a <see cref="SearchRequest"/> against one <see cref="SearchIndex"/>: parse, match every
/// term (exactly through the character bigrams, by words through SmartCn's postings), score with
/// BM25, then one pass over the matches that applies the filters, counts both facets drill-sideways
/// and keeps the top hits in a bounded heap; finally the hits of the page are highlighted.
/// Articles containing every term exactly rank above the rest; ties go to BM25, then to the newer.
/// </summary>
public sealed class Searcher(SearchIndex index, WordAnalyzer analyzer)
{
    private readonly Bm25 _bm25 = new(index);
    private readonly Lazy<Suggesting.Suggester> _suggester = new(() => new Suggesting.Suggester(index));

    public SearchIndex Index => index;

    /// <summary>
    /// <paramref name="text"/> as escaped HTML with the query's terms marked, by the same rules as
    /// search results (for an article opened from a search).
    /// </summary>
    public string Highlight(string? query, string text)
    {
        var terms = QueryParser.Parse(query).PositiveTerms.Select(term => new TermMatcher(index, term.Text, analyzer)).ToList();
        return Highlighter.Highlight(text, terms);
    }

    /// <summary>Completions for a prefix typed in the search box.</summary>
    public IReadOnlyList<Suggesting.Suggestion> Suggest(string? prefix) => _suggester.Value.Suggest(prefix);

    public SearchResult Search(SearchRequest request)
    {
        var started = Stopwatch.GetTimestamp();
        var query = QueryParser.Parse(request.Query);
        var page = Math.Max(1, request.Page);
        var size = Math.Clamp(request.Size, 1, SearchRequest.MaxSize);
        page = Math.Min(page, Math.Max(1, SearchRequest.MaxWindow / size));
        var sort = request.Sort ?? (query.MatchesEverything ? SortOrder.Date : SortOrder.Relevance);
        var districts = SelectedDistricts(request, query);
        var years = SelectedYears(request, query);

        var terms = query.Groups.Select(group => group.Select(term => new TermMatcher(index, term.Text, analyzer)).ToArray()).ToArray();
        var workspace = MatchWorkspace.Rent(index.Count);
        try
        {
            Match(query, terms, workspace);
            var matched = Stopwatch.GetTimestamp();
            var collected = Collect(query, workspace, districts, years, sort, page * size);
            var collectedAt = Stopwatch.GetTimestamp();
            var allTerms = terms.SelectMany(group => group).ToList();
            var hits = collected.Top.Skip((page - 1) * size)
                .Select(entry => ToHit(entry.Doc, entry.Score, entry.Exact, allTerms))
                .ToList();
            var finished = Stopwatch.GetTimestamp();
            return new SearchResult(request.Query ?? "", collected.Total, page, size,
                Stopwatch.GetElapsedTime(started, finished).TotalMilliseconds, hits, collected.Facets)
            {
                Timings = new SearchTimings(
                    Stopwatch.GetElapsedTime(started, matched).TotalMilliseconds,
                    Stopwatch.GetElapsedTime(matched, collectedAt).TotalMilliseconds,
                    Stopwatch.GetElapsedTime(collectedAt, finished).TotalMilliseconds),
            };
        }
        finally
        {
            workspace.Return();
        }
    }

    private void Match(ParsedQuery query, TermMatcher[][] groups, MatchWorkspace workspace)
    {
        var termKey = 0;
        for (var g = 0; g < groups.Length; g++)
        {
            for (var t = 0; t < groups[g].Length; t++)
                MatchTerm(groups[g][t], query.Groups[g][t], 1u << g, ++termKey, workspace);
        }
        foreach (var excluded in query.Excluded)
            MarkExcluded(new TermMatcher(index, excluded.Text, analyzer), excluded, workspace);
    }

    private void MatchTerm(TermMatcher matcher, QueryTerm term, uint groupBit, int termKey, MatchWorkspace workspace)
    {
        foreach (var field in Fields(term))
        {
            var occurrences = workspace.Occurrences;
            occurrences.Clear();
            matcher.ExactOccurrences(field, occurrences);
            var scorer = _bm25.Term(field, occurrences.Count);
            foreach (var (doc, count) in occurrences)
            {
                ref var match = ref workspace.Touch(doc);
                match.Matched |= groupBit;
                match.Exact |= groupBit;
                match.Score += scorer.Score(doc, count);
            }
        }
        if (term.IsPhrase || matcher.Words.Count == 0)
            return;

        // Words: score every doc that has any of them; a doc has the term when it has all of them.
        var wordsInTerm = matcher.Words.Count;
        for (var w = 0; w < wordsInTerm; w++)
        {
            var wordKey = termKey * 64 + w + 1;
            foreach (var field in Fields(term))
            {
                if (index.Term(field, Representation.Words, matcher.Words[w]) is not { } entry)
                    continue;
                var scorer = _bm25.Term(field, entry.DocumentFrequency);
                var cursor = entry.Cursor();
                while (cursor.Next() is var doc && doc != PostingsCursor.Exhausted)
                {
                    ref var match = ref workspace.Touch(doc);
                    match.Score += scorer.Score(doc, cursor.Frequency);
                    if (match.WordKey == wordKey)
                        continue;
                    match.WordKey = wordKey;
                    if (match.WordCountTerm != termKey)
                        (match.WordCountTerm, match.WordCount) = (termKey, 0);
                    if (++match.WordCount == wordsInTerm)
                        match.Matched |= groupBit;
                }
            }
        }
    }

    private void MarkExcluded(TermMatcher matcher, QueryTerm term, MatchWorkspace workspace)
    {
        foreach (var field in Fields(term))
        {
            workspace.Occurrences.Clear();
            matcher.ExactOccurrences(field, workspace.Occurrences);
            foreach (var (doc, _) in workspace.Occurrences)
                workspace.Touch(doc).Excluded = true;
        }
        // An excluded term's words are excluded apart too only when it is one word: "-上合" drops every 上合.
        if (!term.IsPhrase && matcher.Words.Count == 1)
        {
            foreach (var field in Fields(term))
            {
                if (index.Term(field, Representation.Words, matcher.Words[0]) is not { } entry)
                    continue;
                var cursor = entry.Cursor();
                while (cursor.Next() is var doc && doc != PostingsCursor.Exhausted)
                    workspace.Touch(doc).Excluded = true;
            }
        }
    }

    private static Field[] Fields(QueryTerm term) => term.TitleOnly ? [Field.Title] : [Field.Title, Field.Body];

    private sealed record Collected(int Total, IReadOnlyList<(int Doc, double Score, bool Exact)> Top, SearchFacets Facets);

    private Collected Collect(ParsedQuery query, MatchWorkspace workspace, ushort districtMask, HashSet<int> years, SortOrder sort, int keep)
    {
        var collector = new HitCollector(index, districtMask, years, sort, keep);
        if (query.MatchesEverything)
        {
            for (var doc = 0; doc < index.Count; doc++)
            {
                if (!workspace[doc].Excluded)
                    collector.Consider(doc, 0, exact: false);
            }
        }
        else
        {
            var allGroups = (1u << query.Groups.Count) - 1;
            foreach (var doc in workspace.Touched)
            {
                ref readonly var match = ref workspace[doc];
                if (match.Matched == allGroups && !match.Excluded)
                    collector.Consider(doc, match.Score, match.Exact == allGroups);
            }
        }
        return new Collected(collector.Total, collector.Top(), collector.Facets());
    }

    private SearchHit ToHit(int doc, double score, bool exact, IReadOnlyList<TermMatcher> matchers)
    {
        var article = index.Article(doc);
        return new SearchHit(article.Id, article.Title, Highlighter.Highlight(article.Title, matchers), article.Districts, article.Year,
            article.Date, article.Source, Math.Round(score, 4), exact, Snippets.Choose(IndexedText.Body(article), matchers));
    }

    private static ushort SelectedDistricts(SearchRequest request, ParsedQuery query) =>
        SearchIndex.DistrictMask((request.Districts ?? []).Select(name => Districts.Canonical(name) ?? name).Concat(query.Districts));

    private static HashSet<int> SelectedYears(SearchRequest request, ParsedQuery query)
    {
        var years = new HashSet<int>(request.Years ?? []);
        if (query.Years is { } range && range.To - range.From < 200)
        {
            for (var year = range.From; year <= range.To; year++)
                years.Add(year);
        }
        return years;
    }
}
