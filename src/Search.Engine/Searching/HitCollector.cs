using System.Numerics;
using Search.Corpus.Metadata;
using Search.Index;

namespace Search.Engine.Searching;

/// <summary>
/// One pass over the matching docs that counts both facets drill-sideways and keeps the best hits:
/// a doc counts for the district facet when it passes the year filter, for the year facet when it
/// passes the district filter, and is a hit when it passes both. The hits are kept in a bounded heap
/// whose worst entry is remembered, so a doc that cannot enter costs one comparison.
/// </summary>
internal sealed class HitCollector
{
    private readonly SearchIndex _index;
    private readonly ushort _districtMask;
    private readonly IReadOnlySet<int> _years;
    private readonly bool[] _yearSelected;
    private readonly SortOrder _sort;
    private readonly int _keep;
    private readonly int[] _districtCounts = new int[Districts.All.Count];
    private readonly int[] _yearCounts;
    private readonly PriorityQueue<(int Doc, double Score, bool Exact), HitKey> _heap;
    private HitKey _worst;

    /// <param name="years">Selected years; none selected means any year.</param>
    /// <param name="keep">How many of the best hits to keep.</param>
    public HitCollector(SearchIndex index, ushort districtMask, IReadOnlySet<int> years, SortOrder sort, int keep)
    {
        _index = index;
        _districtMask = districtMask;
        _years = years;
        _sort = sort;
        _keep = keep;
        // Years of the index as offsets from its first: counting is an array increment, not a hash lookup.
        _yearCounts = new int[index.LastYear - index.FirstYear + 1];
        _yearSelected = new bool[_yearCounts.Length];
        foreach (var year in years)
        {
            if (year >= index.FirstYear && year <= index.LastYear)
                _yearSelected[year - index.FirstYear] = true;
        }
        _heap = new PriorityQueue<(int Doc, double Score, bool Exact), HitKey>(keep + 1, HitKey.Comparer);
    }

    /// <summary>Docs that passed both filters.</summary>
    public int Total { get; private set; }

    public void Consider(int doc, double score, bool exact)
    {
        var districts = _index.DistrictMasks[doc];
        var year = _index.Years[doc];
        var inDistricts = _districtMask == 0 || (districts & _districtMask) != 0;
        var inYears = _years.Count == 0 || (year != 0 && _yearSelected[year - _index.FirstYear]);
        if (inYears)
        {
            for (var bits = districts; bits != 0; bits &= (ushort)(bits - 1))
                _districtCounts[BitOperations.TrailingZeroCount(bits)]++;
        }
        if (inDistricts && year != 0)
            _yearCounts[year - _index.FirstYear]++;
        if (!inDistricts || !inYears)
            return;

        Total++;
        var key = new HitKey(_sort, exact, score, _index.Dates[doc], doc);
        if (_heap.Count == _keep && HitKey.Compare(key, _worst) <= 0)
            return;
        if (_heap.Count == _keep)
            _heap.EnqueueDequeue((doc, score, exact), key);
        else
            _heap.Enqueue((doc, score, exact), key);
        _heap.TryPeek(out _, out _worst);
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

    /// <summary>Every district and year with a count, and every selected one even without.</summary>
    public SearchFacets Facets()
    {
        var districts = Districts.All
            .Select((name, bit) => new FacetValue<string>(name, _districtCounts[bit], (_districtMask & (1 << bit)) != 0))
            .Where(value => value.Count > 0 || value.Selected)
            .ToList();
        var counted = Enumerable.Range(_index.FirstYear, _yearCounts.Length).Where(year => _yearCounts[year - _index.FirstYear] > 0);
        var years = counted.Union(_years).OrderByDescending(year => year)
            .Select(year => new FacetValue<int>(year, YearCount(year), _years.Contains(year)))
            .ToList();
        return new SearchFacets(districts, years);
    }

    private int YearCount(int year) =>
        year >= _index.FirstYear && year <= _index.LastYear ? _yearCounts[year - _index.FirstYear] : 0;
}
