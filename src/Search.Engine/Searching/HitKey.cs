namespace Search.Engine.Searching;

/// <summary>
/// How good a hit is, for the top-k heap: by relevance, exact matches first, then BM25, then the
/// newer article; by date, the newer first, then as by relevance. The earlier arrival order wins a
/// full tie, then the lower doc id, so the order is total and pages never overlap.
/// </summary>
internal readonly record struct HitKey(SortOrder Sort, bool Exact, double Score, int Date, int Order, int Doc)
{
    public static readonly IComparer<HitKey> Comparer = Comparer<HitKey>.Create(Compare);

    /// <summary>Positive when <paramref name="a"/> is the better hit.</summary>
    public static int Compare(HitKey a, HitKey b)
    {
        var byRelevance = a.Exact != b.Exact ? a.Exact.CompareTo(b.Exact)
            : a.Score != b.Score ? a.Score.CompareTo(b.Score)
            : a.Date.CompareTo(b.Date);
        var order = a.Sort == SortOrder.Date && a.Date != b.Date ? a.Date.CompareTo(b.Date) : byRelevance;
        return order != 0 ? order : b.Order != a.Order ? b.Order.CompareTo(a.Order) : b.Doc.CompareTo(a.Doc);
    }
}
