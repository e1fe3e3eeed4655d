using System.Globalization;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Places;

namespace Search.Index;

/// <summary>
/// What facets and ranking read for every matching doc of one segment, in plain arrays: each doc's
/// places (as <see cref="Gazetteer.OrdinalOf"/> numbers: its own, and with every place above them),
/// its year, its date and the hash that tells its copies. Read once from the segment's doc values
/// (the sorted-set ordinals mapped to places and years once per segment, not once per doc) and cached
/// for as long as the segment's core lives, so reopening a reader after an update rebuilds only new
/// segments. Deleted docs keep their slot; collectors never see them. Nothing here limits how many
/// places there are.
/// </summary>
public sealed class SegmentFacts
{
    private static readonly ConditionalWeakTable<object, SegmentFacts> Cache = new();

    private SegmentFacts(AtomicReader reader)
    {
        var count = reader.MaxDoc;
        Places = PlaceLists(reader, ArticleFields.Place, count);
        Within = PlaceLists(reader, ArticleFields.PlaceWithin, count);
        Years = new short[count];
        Dates = new int[count];
        SortDates = new int[count];
        Orders = new int[count];
        Wordings = new long[count];

        if (reader.GetSortedSetDocValues(ArticleFields.Year) is { } years)
        {
            var values = OrdinalValues(years, value => short.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : (short)0);
            for (var doc = 0; doc < count; doc++)
            {
                years.SetDocument(doc);
                var ord = years.NextOrd();
                Years[doc] = ord == SortedSetDocValues.NO_MORE_ORDS ? (short)0 : values[ord];
            }
        }
        var dates = reader.GetNumericDocValues(ArticleFields.Date);
        var orders = reader.GetNumericDocValues(ArticleFields.Order);
        var wordings = reader.GetNumericDocValues(ArticleFields.Wording);
        for (var doc = 0; doc < count; doc++)
        {
            Dates[doc] = dates is null ? (int)ArticleDocument.NoDate : (int)dates.Get(doc);
            SortDates[doc] = Dates[doc] == ArticleDocument.NoDate && Years[doc] != 0 ? new DateOnly(Years[doc], 1, 1).DayNumber : Dates[doc];
            Orders[doc] = orders is null ? doc : (int)orders.Get(doc);
            Wordings[doc] = wordings?.Get(doc) ?? 0;
        }
        LastOrder = Orders.DefaultIfEmpty(-1).Max();

        var known = Years.Where(year => year != 0).ToList();
        (FirstYear, LastYear) = known.Count == 0 ? (int.MaxValue, int.MinValue) : (known.Min(), known.Max());
    }

    /// <summary>The facts of a segment, read on first use.</summary>
    public static SegmentFacts Of(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacts(reader));

    /// <summary>Each doc's places, the governments whose report it covers.</summary>
    public DocLists Places { get; }

    /// <summary>Each doc's places and every place above them: what a place filter and its counts read.</summary>
    public DocLists Within { get; }

    /// <summary>The report year, 0 when unknown.</summary>
    public short[] Years { get; }

    /// <summary>The date as <see cref="DateOnly.DayNumber"/>; <see cref="ArticleDocument.NoDate"/> when unknown.</summary>
    public int[] Dates { get; }

    /// <summary>
    /// What sorting by date and the newer-first tie-break compare: the date, or for an article without
    /// one the first day of its report's year (a report is given early in its year); only an article of
    /// no known year stays at <see cref="ArticleDocument.NoDate"/>, after every other. Never shown as a date.
    /// </summary>
    public int[] SortDates { get; }

    /// <summary>Arrival order (<see cref="ArticleFields.Order"/>): the last tie-break of ranking.</summary>
    public int[] Orders { get; }

    /// <summary>The hash of the body's wording (<see cref="Overlap.TextSketch.WordingHash"/>), equal for copies of one article; 0 for none.</summary>
    public long[] Wordings { get; }

    /// <summary>The highest arrival order in the segment, deleted docs included; -1 when empty.</summary>
    public int LastOrder { get; }

    /// <summary>The segment's earliest and latest known years; (int.MaxValue, int.MinValue) when none is known.</summary>
    public int FirstYear { get; }

    public int LastYear { get; }

    /// <summary>Each doc's values of a sorted-set field of place codes, as place ordinals, in one array.</summary>
    private static DocLists PlaceLists(AtomicReader reader, string field, int count)
    {
        var starts = new int[count + 1];
        if (reader.GetSortedSetDocValues(field) is not { } values)
            return new DocLists(starts, []);
        var ordinals = OrdinalValues(values, Gazetteer.OrdinalOf);
        var found = new List<int>(count * 3);
        for (var doc = 0; doc < count; doc++)
        {
            starts[doc] = found.Count;
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                if (ordinals[ord] >= 0)
                    found.Add(ordinals[ord]);
            }
        }
        starts[count] = found.Count;
        return new DocLists(starts, [.. found]);
    }

    private static T[] OrdinalValues<T>(SortedSetDocValues values, Func<string, T> map)
    {
        var mapped = new T[values.ValueCount];
        var bytes = new BytesRef();
        for (var ord = 0; ord < mapped.Length; ord++)
        {
            values.LookupOrd(ord, bytes);
            mapped[ord] = map(bytes.Utf8ToString());
        }
        return mapped;
    }
}

/// <summary>A list of numbers for each doc of a segment, all in one array: doc <c>d</c>'s are <c>Values[Starts[d]..Starts[d + 1]]</c>.</summary>
public sealed class DocLists(int[] starts, int[] values)
{
    public ReadOnlySpan<int> this[int doc] => values.AsSpan(starts[doc], starts[doc + 1] - starts[doc]);

    /// <summary>Every doc's numbers, one after another.</summary>
    public IReadOnlyList<int> All => values;

    /// <summary>Whether two docs' lists hold a number in common (lists are in ascending order).</summary>
    public static bool Overlap(ReadOnlySpan<int> first, ReadOnlySpan<int> second)
    {
        foreach (var value in first)
        {
            if (second.Contains(value))
                return true;
        }
        return false;
    }
}
