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
        foreach (var leaf in index.IndexReader.Leaves)
        {
            var facts = SegmentFacts.Of(leaf.AtomicReader);
            var mentions = new Dictionary<int, int>();
            foreach (var weight in weights)
            {
                if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } scorer)
                    continue;
                for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
                    mentions[doc] = mentions.GetValueOrDefault(doc) + scorer.Freq;
            }
            foreach (var (doc, count) in mentions)
            {
                var year = facts.Years[doc];
                if (year == 0)
                    continue;
                for (var line = 0; line < lines; line++)
                {
                    if (places.Count > 0 && !facts.Places[doc].Contains(ordinals[line]))
                        continue;
                    var (sum, articles) = counts.GetValueOrDefault((line, year));
                    counts[(line, year)] = (sum + count, articles + 1);
                }
            }
        }

        var table = TermTable.Of(index);
        TrendLine Line(int line)
        {
            IEnumerable<KeyValuePair<int, TextSize>> years = places.Count == 0 ? table.Years
                : table.Cells.Where(cell => cell.Key.Place == ordinals[line]).Select(cell => KeyValuePair.Create(cell.Key.Year, cell.Value));
            return new TrendLine(places.Count == 0 ? null : places[line], [.. years.OrderBy(year => year.Key).Select(year =>
            {
                var (sum, articles) = counts.GetValueOrDefault((line, year.Key));
                return new TrendPoint(year.Key, new TermCount(sum, articles, year.Value.Length));
            })]);
        }
        return new TermTrendResult(query, [.. terms.Select(term => term.Normalized)], [.. Enumerable.Range(0, lines).Select(Line)]);
    }
}
