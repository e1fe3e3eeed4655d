using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Engine.Querying;
using Search.Index;
using Search.Places;

namespace Search.Engine.Searching;

/// <summary>
/// A Lucene collector that makes one pass over the matching docs, counting both facets drill-sideways
/// and keeping the best hits: a doc counts for the place facet when it passes the year filter, for
/// the year facet when it passes the place filter, and is a hit when it passes both. A doc counts for
/// each of its places and every place above them, and passes the place filter when one of those is
/// selected. Places (as ordinals of <see cref="Gazetteer.All"/>), years and dates come from each
/// segment's <see cref="SegmentFacts"/>, so counting is an array increment. Hits are ranked by <see cref="HitKey"/>, exact matches first, in a bounded heap whose
/// worst entry is remembered, so a doc that cannot enter costs a comparison or two: by what it may
/// be, then by its <see cref="ScoreBound"/> (a walk of the scorers), and no position read. An article printed
/// twice (<see cref="Index.Overlap.ArticleCopies"/>) is collected once. Docs are taken in
/// order: <see cref="ExactMatches"/> relies on it.
/// </summary>
internal sealed class HitCollector : ICollector
{
    private readonly CompiledQuery _query;
    private readonly bool[] _placeSelected;
    private readonly bool _anyPlaceSelected;
    private readonly IReadOnlySet<int> _years;
    private readonly bool[] _yearSelected;
    private readonly int _firstYear;
    private readonly SortOrder _sort;
    private readonly int _keep;
    private readonly Exclusions? _exclusions;
    // A doc of one place counts there alone, and its count is added to the places above when the
    // facet is read (Lucene's taxonomy facets roll up likewise): one increment a doc, not one per
    // level. A doc of several places counts at each place of their closure, as each place above
    // them must count it once.
    // The own counts are rented and given back when the facets are read; the place counts become
    // the facet's.
    private readonly int[] _placeCounts = new int[Gazetteer.All.Count];
    private int[] _ownCounts = Rent();
    private readonly IReadOnlyCollection<Place> _places;
    private SearchFacets? _facets;

    private static readonly bool[] NoneSelected = new bool[Gazetteer.All.Count];
    private readonly int[] _yearCounts;
    private readonly PriorityQueue<(int Doc, double Score, bool Exact), HitKey> _heap;
    private readonly int[]? _copyGroupOf;
    private readonly bool[] _copyCounted;
    private HitKey _worst;

    private SegmentFacts _facts = null!;
    private int _docBase;
    private Scorer _scorer = null!;
    private ExactMatches _exact = null!;
    private ScoreBound? _bound;

    /// <param name="places">Selected places; none selected means anywhere.</param>
    /// <param name="years">Selected years; none selected means any year.</param>
    /// <param name="keep">How many of the best hits to keep.</param>
    /// <param name="exclusions">Articles the query leaves out, by place or year: not counted anywhere.</param>
    public HitCollector(ArticleIndex index, CompiledQuery query, IReadOnlyCollection<Place> places, IReadOnlySet<int> years, SortOrder sort, int keep,
        Exclusions? exclusions = null)
    {
        _exclusions = exclusions;
        _query = query;
        _places = places;
        _placeSelected = places.Count == 0 ? NoneSelected : new bool[Gazetteer.All.Count];
        foreach (var place in places)
            _placeSelected[Gazetteer.OrdinalOf(place.Code)] = true;
        _anyPlaceSelected = places.Count > 0;
        _years = years;
        _sort = sort;
        _keep = keep;
        // Years of the index as offsets from its first: counting is an array increment, not a hash lookup.
        _firstYear = index.FirstYear;
        _yearCounts = new int[Math.Max(0, index.LastYear - index.FirstYear + 1)];
        _yearSelected = new bool[_yearCounts.Length];
        foreach (var year in years)
        {
            if (year >= index.FirstYear && year <= index.LastYear)
                _yearSelected[year - index.FirstYear] = true;
        }
        _heap = new PriorityQueue<(int Doc, double Score, bool Exact), HitKey>(keep + 1, HitKey.Comparer);
        _copyGroupOf = index.Copies.GroupOf;
        _copyCounted = new bool[index.Copies.Groups];
    }

    /// <summary>Docs that passed both filters.</summary>
    public int Total { get; private set; }

    /// <summary>
    /// Whether a doc that passed both filters holds every group's terms exactly: none means the
    /// query did not find what it asked for. (Not how many: that would read every doc's positions.)
    /// </summary>
    public bool FoundExact { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetNextReader(AtomicReaderContext context)
    {
        _facts = SegmentFacts.Of(context.AtomicReader);
        _docBase = context.DocBase;
    }

    public void SetScorer(Scorer scorer)
    {
        _scorer = scorer;
        _exact = ExactMatches.Under(scorer, _query.ExactClauses, _query.GroupCount);
        _bound = ScoreBound.Under(scorer);
    }

    public void Collect(int doc)
    {
        if (_exclusions is not null && _exclusions.Excludes(_facts.Years[doc], _facts.Within[doc]))
            return;
        // An article printed more than once is one hit and one count, by its first matching printing
        // (copies share their places and year, so the filters judge every printing alike).
        if (_copyGroupOf is not null && _copyGroupOf[_docBase + doc] is var copies and >= 0)
        {
            if (_copyCounted[copies])
                return;
            _copyCounted[copies] = true;
        }
        var year = _facts.Years[doc];
        var inPlaces = !_anyPlaceSelected || AnySelected(_facts.Within[doc]);
        var inYears = _years.Count == 0 || (year != 0 && _yearSelected[year - _firstYear]);
        if (inYears)
        {
            var own = _facts.Places[doc];
            if (own.Length == 1)
            {
                _ownCounts[own[0]]++;
            }
            else if (own.Length > 1)
            {
                foreach (var place in _facts.Within[doc])
                    _placeCounts[place]++;
            }
        }
        if (inPlaces && year != 0)
            _yearCounts[year - _firstYear]++;
        if (!inPlaces || !inYears)
            return;

        Total++;
        var global = _docBase + doc;
        if (_query.MatchesEverything)
        {
            var any = new HitKey(_sort, false, 0, _facts.SortDates[doc], _facts.Orders[doc], global);
            Offer((global, 0, false), any);
            return;
        }
        // Positions, which tell an exact match, are the dearest read here: a doc is first judged by
        // what it may be and may score at most, read without them, and only a doc that could
        // still enter the best hits is read for the truth (once the heap holds only exact matches
        // of high scores, that is few of them).
        var mayBeExact = _exact.AllGroupsMayBeExact(doc);
        if (!FoundExact && mayBeExact)
            FoundExact = _exact.AllGroupsExact(doc);
        var best = new HitKey(_sort, mayBeExact, double.PositiveInfinity, _facts.SortDates[doc], _facts.Orders[doc], global);
        if (_heap.Count == _keep && (HitKey.Compare(best, _worst) <= 0
            || (_bound is not null && HitKey.Compare(best with { Score = Loosened(_bound.Of(doc)) }, _worst) <= 0)))
            return;
        var exact = mayBeExact && _exact.AllGroupsExact(doc);
        var unscored = best with { Exact = exact };
        // By date, an older doc or, once the heap holds only exact matches, an inexact one is not scored.
        if (_heap.Count == _keep && HitKey.Compare(unscored, _worst) <= 0)
            return;
        var score = _scorer.GetScore();
        Offer((global, score, exact), unscored with { Score = score });
    }

    /// <summary>
    /// A score bound raised by far more than the rounding of single-precision sums could lower it
    /// (a bound summed in another order than the score may round a few units in the last place
    /// apart), so that a doc whose score equals its bound is never passed over.
    /// </summary>
    private static double Loosened(double bound) => bound * (1 + 1e-4) + 1e-6;

    private void Offer((int Doc, double Score, bool Exact) hit, HitKey key)
    {
        if (_heap.Count == _keep && HitKey.Compare(key, _worst) <= 0)
            return;
        if (_heap.Count == _keep)
            _heap.EnqueueDequeue(hit, key);
        else
            _heap.Enqueue(hit, key);
        _heap.TryPeek(out _, out _worst);
    }

    /// <summary>
    /// Whether this collector and <paramref name="other"/> each counted a printing of the same
    /// article: then their counts cannot simply be added (<see cref="Add"/>), as one of those
    /// printings is a repeat.
    /// </summary>
    public bool CountedCopiesAlso(HitCollector other)
    {
        for (var group = 0; group < _copyCounted.Length; group++)
        {
            if (_copyCounted[group] && other._copyCounted[group])
                return true;
        }
        return false;
    }

    /// <summary>
    /// Adds what <paramref name="other"/> collected over other docs of the same index (another slice
    /// of it), as if this collector had collected them too: counts, hits, copies counted.
    /// </summary>
    public void Add(HitCollector other)
    {
        Total += other.Total;
        FoundExact |= other.FoundExact;
        for (var place = 0; place < Gazetteer.All.Count; place++)
        {
            _placeCounts[place] += other._placeCounts[place];
            _ownCounts[place] += other._ownCounts[place];
        }
        for (var year = 0; year < _yearCounts.Length; year++)
            _yearCounts[year] += other._yearCounts[year];
        for (var group = 0; group < _copyCounted.Length; group++)
            _copyCounted[group] |= other._copyCounted[group];
        foreach (var (hit, key) in other._heap.UnorderedItems)
            Offer(hit, key);
        other.ReturnCounts();
    }

    private bool AnySelected(ReadOnlySpan<int> places)
    {
        foreach (var place in places)
        {
            if (_placeSelected[place])
                return true;
        }
        return false;
    }

    /// <summary>The kept hits, best first.</summary>
    public List<(int Doc, double Score, bool Exact)> Top()
    {
        var top = new List<(int Doc, double Score, bool Exact)>(_heap.Count);
        while (_heap.Count > 0)
            top.Add(_heap.Dequeue());
        top.Reverse();
        return top;
    }

    /// <summary>Both facets: read once, after the collection.</summary>
    public SearchFacets Facets()
    {
        if (_facets is not null)
            return _facets;
        PlaceFacet.RollUp(_ownCounts.AsSpan(0, Gazetteer.All.Count), _placeCounts);
        ReturnCounts();
        var counted = Enumerable.Range(_firstYear, _yearCounts.Length).Where(year => _yearCounts[year - _firstYear] > 0);
        var years = counted.Union(_years).OrderByDescending(year => year)
            .Select(year => new FacetValue<int>(year, YearCount(year), _years.Contains(year)))
            .ToList();
        return _facets = new SearchFacets(new PlaceFacet(_placeCounts, _places), years);
    }

    /// <summary>Gives the rented counts back: once they are rolled up or added to another collector's.</summary>
    public void ReturnCounts()
    {
        if (_ownCounts.Length == 0)
            return;
        ArrayPool<int>.Shared.Return(_ownCounts);
        _ownCounts = [];
    }

    private static int[] Rent()
    {
        var counts = ArrayPool<int>.Shared.Rent(Gazetteer.All.Count);
        Array.Clear(counts, 0, Gazetteer.All.Count);
        return counts;
    }

    private int YearCount(int year) =>
        year >= _firstYear && year < _firstYear + _yearCounts.Length ? _yearCounts[year - _firstYear] : 0;
}
