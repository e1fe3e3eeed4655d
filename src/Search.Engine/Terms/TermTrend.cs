using Lucene.Net.Search;
using Search.Analysis;
using Search.Engine.Querying;
using Search.Index;
using Search.Places;

namespace Search.Engine.Terms;

/// <summary>A year of a trend: the query's mentions in that year's reports of the line's place.</summary>
public sealed record TrendPoint(int Year, TermCount Count);

/// <summary>One place's line of a trend (null: every article of the corpus), a point for each year it has reports of.</summary>
public sealed record TrendLine(Place? Place, IReadOnlyList<TrendPoint> Points);

/// <param name="Terms">The texts counted: the query's terms as search folds them (traditional simplified, no spaces).</param>
public sealed record TermTrendResult(string Query, IReadOnlyList<string> Terms, IReadOnlyList<TrendLine> Lines);

/// <summary>
/// A query's mentions year by year: how often its terms' text occurs (a plain count, as the exact
/// match of search finds it: the phrase of its character pairs in the recall field, whose
/// frequency is its number of occurrences) in each year's reports of each place asked for, or of
/// the whole corpus. Years without a report of the place have no point, so a chart's gap says
/// "no report" and a zero "not mentioned".
/// </summary>
public static class TermTrend
{
    public const int MaxPlaces = 10;

    public static TermTrendResult Of(ArticleIndex index, WordAnalyzer analyzer, string query, IReadOnlyList<Place> places)
    {
        var terms = QueryParser.Parse(query).PositiveTerms.Select(term => new AnalyzedTerm(term, analyzer))
            .Where(term => term.Characters.Count > 0).DistinctBy(term => term.Normalized).ToList();
        var ordinals = places.Select(place => Gazetteer.OrdinalOf(place.Code)).ToList();
        var lines = places.Count == 0 ? 1 : places.Count;
        var counts = new Dictionary<(int Line, int Year), (int Mentions, int Articles)>();

        var weights = terms.Select(term => QueryCompiler.Exact(term.Characters, ArticlePart.All)).OfType<Query>().Select(index.CreateNormalizedWeight).ToList();
        var sizes = new Dictionary<(int Line, int Year), long>();
        foreach (var leaf in index.IndexReader.Leaves)
        {
            var facts = SegmentFacts.Of(leaf.AtomicReader);
            var live = leaf.AtomicReader.LiveDocs;
            var lengths = leaf.AtomicReader.GetNumericDocValues(ArticleFields.Length);
            var mentions = new Dictionary<int, int>();
            foreach (var weight in weights)
            {
                if (weight.GetScorer(leaf, live) is not { } scorer)
                    continue;
                for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
                    mentions[doc] = mentions.GetValueOrDefault(doc) + scorer.Freq;
            }
            // Every article of the lines' places counts for the years and lengths; those holding the text for the mentions.
            for (var doc = 0; doc < facts.Years.Length; doc++)
            {
                var year = facts.Years[doc];
                if (year == 0 || live is not null && !live.Get(doc))
                    continue;
                var count = mentions.GetValueOrDefault(doc);
                for (var line = 0; line < lines; line++)
                {
                    if (places.Count > 0 && !facts.Places[doc].Contains(ordinals[line]))
                        continue;
                    sizes[(line, year)] = sizes.GetValueOrDefault((line, year)) + (lengths?.Get(doc) ?? 0);
                    if (count == 0)
                        continue;
                    var (sum, articles) = counts.GetValueOrDefault((line, year));
                    counts[(line, year)] = (sum + count, articles + 1);
                }
            }
        }

        TrendLine Line(int line) => new(places.Count == 0 ? null : places[line], [.. sizes.Where(size => size.Key.Line == line).OrderBy(size => size.Key.Year).Select(size =>
        {
            var (sum, articles) = counts.GetValueOrDefault(size.Key);
            return new TrendPoint(size.Key.Year, new TermCount(sum, articles, size.Value));
        })]);
        return new TermTrendResult(query, [.. terms.Select(term => term.Normalized)], [.. Enumerable.Range(0, lines).Select(Line)]);
    }
}
