using Search.Index;
using Search.Places;

namespace Search.Engine.Figures;

/// <summary>
/// Which governments the index holds a report of, year by year (an article covering a place's
/// session or report: its own write-up or its paragraph of a roundup), read from each segment's
/// <see cref="SegmentFacts"/> without a query. What a figures view needs to say of a place without
/// figures: that its report is not in the corpus, or that the report held does not give the indicator.
/// </summary>
public sealed class ReportCoverage
{
    private readonly Dictionary<int, HashSet<Place>> _byYear;

    private ReportCoverage(Dictionary<int, HashSet<Place>> byYear) => _byYear = byYear;

    private static readonly PerView<ReportCoverage> OfView = new(Read);

    /// <summary>The view's coverage, read from its per-segment arrays once per view of the index.</summary>
    public static ReportCoverage Of(ArticleIndex index) => OfView.Of(index);

    private static ReportCoverage Read(ArticleIndex index)
    {
        var byYear = new Dictionary<int, HashSet<Place>>();
        foreach (var leaf in index.IndexReader.Leaves)
        {
            var facts = SegmentFacts.Of(leaf.AtomicReader);
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < facts.Years.Length; doc++)
            {
                var year = facts.Years[doc];
                if (year == 0 || (live is not null && !live.Get(doc)))
                    continue;
                if (!byYear.TryGetValue(year, out var places))
                    byYear[year] = places = [];
                foreach (var ordinal in facts.Places[doc])
                    places.Add(Gazetteer.All[ordinal]);
            }
        }
        return new ReportCoverage(byYear);
    }

    /// <summary>Every place with a report of any year, by code.</summary>
    public IReadOnlyList<Place> Places => [.. _byYear.Values.SelectMany(places => places).Distinct().OrderBy(place => place.Code, StringComparer.Ordinal)];

    /// <summary>The years with a report, earliest first.</summary>
    public IReadOnlyList<int> Years => [.. _byYear.Keys.Order()];

    /// <summary>The places with a report of <paramref name="year"/>, by code.</summary>
    public IReadOnlyList<Place> In(int year) =>
        _byYear.TryGetValue(year, out var places) ? [.. places.OrderBy(place => place.Code, StringComparer.Ordinal)] : [];

    /// <summary>Whether the index holds <paramref name="place"/>'s report of <paramref name="year"/>.</summary>
    public bool Has(Place place, int year) => _byYear.TryGetValue(year, out var places) && places.Contains(place);

    /// <summary>
    /// Whether the index holds a report that would give <paramref name="place"/>'s figures of <paramref name="year"/>:
    /// that year's (its targets) or the next year's (its results).
    /// </summary>
    public bool HasSourceOf(Place place, int year) => Has(place, year) || Has(place, year + 1);
}
