using Search.Places;

namespace Search.Engine.Searching;

/// <summary>
/// The place facet of a search, read by level: each place counts the matching articles of its own
/// and of every place under it (山东省 counts 崂山区's), with the place filter left out (drill
/// sideways). A place is listed when it has a count, is selected or holds a selected place. Counts
/// are kept by <see cref="Gazetteer"/> ordinal and values are built only for what is read, so a
/// view of the provinces and their cities costs what it shows, not the 3,000 places of the table.
/// </summary>
public sealed class PlaceFacet
{
    private readonly int[] _counts;
    private readonly HashSet<int> _selected;
    // The selected places and every place above them: listed even without a count, and opened.
    private readonly HashSet<int> _onSelectedPath;
    // The places above a selected place: a view shows them open.
    private readonly HashSet<int> _holdingSelected = [];
    private IReadOnlyList<FacetValue<Place>>? _top;
    private int? _count;

    /// <param name="counts">Rolled-up counts by ordinal of <see cref="Gazetteer.All"/>; kept, not copied.</param>
    internal PlaceFacet(int[] counts, IEnumerable<Place> selected)
    {
        _counts = counts;
        _selected = [.. selected.Select(place => Gazetteer.OrdinalOf(place.Code))];
        _onSelectedPath = [];
        var parents = Gazetteer.ParentOrdinals;
        foreach (var ordinal in _selected)
        {
            _onSelectedPath.Add(ordinal);
            for (var place = parents[ordinal]; place >= 0 && _holdingSelected.Add(place); place = parents[place])
                _onSelectedPath.Add(place);
        }
    }

    /// <summary>A facet of a set of places, each counting the places of the set at or under it: to show the set as a tree.</summary>
    public static PlaceFacet Of(IEnumerable<Place> places)
    {
        var own = new int[Gazetteer.All.Count];
        foreach (var place in places.Distinct())
        {
            if (Gazetteer.OrdinalOf(place.Code) is var ordinal and >= 0)
                own[ordinal]++;
        }
        var counts = new int[Gazetteer.All.Count];
        RollUp(own, counts);
        return new PlaceFacet(counts, []);
    }

    /// <summary>Adds each place's own count (by ordinal) to it and to every place above it.</summary>
    internal static void RollUp(ReadOnlySpan<int> own, int[] counts)
    {
        var parents = Gazetteer.ParentOrdinals;
        for (var ordinal = 0; ordinal < own.Length; ordinal++)
        {
            var count = own[ordinal];
            if (count == 0)
                continue;
            for (var place = ordinal; place >= 0; place = parents[place])
                counts[place] += count;
        }
    }

    /// <summary>How many places are listed: the size of the whole tree.</summary>
    public int Count => _count ??= Enumerable.Range(0, Gazetteer.All.Count).Count(IsListed);

    /// <summary>The matching articles of the place and the places under it.</summary>
    public int CountOf(Place place) => Gazetteer.OrdinalOf(place.Code) is var ordinal and >= 0 ? _counts[ordinal] : 0;

    /// <summary>Whether the place is selected or holds a selected place: the part of the tree a view lists below.</summary>
    public bool IsOnSelectedPath(Place place) => _onSelectedPath.Contains(Gazetteer.OrdinalOf(place.Code));

    /// <summary>Whether a selected place lies under the place: a view shows its list open.</summary>
    public bool HoldsSelected(Place place) => _holdingSelected.Contains(Gazetteer.OrdinalOf(place.Code));

    /// <summary>
    /// The places a view shows first: the listed places with none above them (the nation, the
    /// provinces) — or, while that is a single place holding others, the level below it, so a corpus
    /// of one city's pages shows that city's districts.
    /// </summary>
    public IReadOnlyList<FacetValue<Place>> Top => _top ??= FindTop();

    /// <summary>The listed places directly under <paramref name="place"/>, by code.</summary>
    public IReadOnlyList<FacetValue<Place>> Below(Place place) =>
        Gazetteer.OrdinalOf(place.Code) is var ordinal and >= 0 ? Listed(Gazetteer.ChildOrdinals[ordinal]) : [];

    /// <summary>
    /// What a view reads, in tree order (each place before the places under it): the places above
    /// <see cref="Top"/>, <see cref="Top"/> and the level under it, and the way down to each selected
    /// place — under each place above it, all the listed places of the next level (its siblings among
    /// them), and under the selected place itself the places directly under it.
    /// </summary>
    public IReadOnlyList<FacetValue<Place>> Shown()
    {
        var top = Top.Select(value => value.Value).ToHashSet();
        var aboveTop = Top.Count > 0 ? Gazetteer.Ancestors(Top[0].Value).ToHashSet() : [];
        var shown = new List<FacetValue<Place>>();
        void Walk(IReadOnlyList<FacetValue<Place>> values)
        {
            foreach (var value in values)
            {
                shown.Add(value);
                if (top.Contains(value.Value) || aboveTop.Contains(value.Value) || IsOnSelectedPath(value.Value))
                    Walk(Below(value.Value));
            }
        }
        Walk(Listed(Gazetteer.RootOrdinals));
        return shown;
    }

    /// <summary>Every listed place, in the order of <see cref="Gazetteer.All"/>: for a complete export, and for tests.</summary>
    public IEnumerable<FacetValue<Place>> All()
    {
        for (var ordinal = 0; ordinal < Gazetteer.All.Count; ordinal++)
        {
            if (IsListed(ordinal))
                yield return ValueAt(ordinal);
        }
    }

    private IReadOnlyList<FacetValue<Place>> FindTop()
    {
        IReadOnlyList<FacetValue<Place>> top = Listed(Gazetteer.RootOrdinals);
        while (top.Count == 1 && Below(top[0].Value) is { Count: > 0 } below)
            top = below;
        return top;
    }

    private List<FacetValue<Place>> Listed(IReadOnlyList<int> ordinals)
    {
        var listed = new List<FacetValue<Place>>();
        foreach (var ordinal in ordinals)
        {
            if (IsListed(ordinal))
                listed.Add(ValueAt(ordinal));
        }
        return listed;
    }

    private bool IsListed(int ordinal) => _counts[ordinal] > 0 || (_onSelectedPath.Count > 0 && _onSelectedPath.Contains(ordinal));

    private FacetValue<Place> ValueAt(int ordinal) => new(Gazetteer.All[ordinal], _counts[ordinal], _selected.Contains(ordinal));
}
