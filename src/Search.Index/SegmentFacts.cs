using System.Globalization;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Corpus.Metadata;

namespace Search.Index;

/// <summary>
/// What facets and ranking read for every matching doc of one segment, in plain arrays: each doc's
/// districts as bits, its year, its date and the hash that tells its copies. Read once from the segment's doc values (the sorted-set
/// ordinals mapped to districts and years once per segment, not once per doc) and cached for as long
/// as the segment's core lives, so reopening a reader after an update rebuilds only new segments.
/// Deleted docs keep their slot; collectors never see them.
/// </summary>
public sealed class SegmentFacts
{
    private static readonly ConditionalWeakTable<object, SegmentFacts> Cache = new();

    private SegmentFacts(AtomicReader reader)
    {
        var count = reader.MaxDoc;
        DistrictMasks = new ushort[count];
        Years = new short[count];
        Dates = new int[count];
        Orders = new int[count];
        Wordings = new long[count];

        if (reader.GetSortedSetDocValues(ArticleFields.District) is { } districts)
        {
            var bits = OrdinalValues(districts, value => Districts.IndexOf(value) is var bit and >= 0 ? (ushort)(1 << bit) : (ushort)0);
            for (var doc = 0; doc < count; doc++)
            {
                districts.SetDocument(doc);
                for (var ord = districts.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = districts.NextOrd())
                    DistrictMasks[doc] |= bits[ord];
            }
        }
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
            Orders[doc] = orders is null ? doc : (int)orders.Get(doc);
            Wordings[doc] = wordings?.Get(doc) ?? 0;
        }
        LastOrder = Orders.DefaultIfEmpty(-1).Max();

        var known = Years.Where(year => year != 0).ToList();
        (FirstYear, LastYear) = known.Count == 0 ? (int.MaxValue, int.MinValue) : (known.Min(), known.Max());
    }

    /// <summary>The facts of a segment, read on first use.</summary>
    public static SegmentFacts Of(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacts(reader));

    /// <summary>Bit <c>i</c> set when the article reports on <c>Districts.All[i]</c>.</summary>
    public ushort[] DistrictMasks { get; }

    /// <summary>The report year, 0 when unknown.</summary>
    public short[] Years { get; }

    /// <summary>The date as <see cref="DateOnly.DayNumber"/>; <see cref="ArticleDocument.NoDate"/> when unknown.</summary>
    public int[] Dates { get; }

    /// <summary>Arrival order (<see cref="ArticleFields.Order"/>): the last tie-break of ranking.</summary>
    public int[] Orders { get; }

    /// <summary>The hash of the body's wording (<see cref="Overlap.TextSketch.WordingHash"/>), equal for copies of one article; 0 for none.</summary>
    public long[] Wordings { get; }

    /// <summary>The highest arrival order in the segment, deleted docs included; -1 when empty.</summary>
    public int LastOrder { get; }

    /// <summary>The segment's earliest and latest known years; (int.MaxValue, int.MinValue) when none is known.</summary>
    public int FirstYear { get; }

    public int LastYear { get; }

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
