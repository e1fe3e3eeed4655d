namespace Search.Corpus.Files;

/// <summary>Enumerating a sequence whose source may fail midway, so that what came before the failure is kept.</summary>
internal static class Guarded
{
    /// <summary>The items until the source throws; the exception goes to <paramref name="failed"/> and the sequence ends there.</summary>
    public static IEnumerable<T> Each<T>(IEnumerable<T> source, Action<Exception> failed)
    {
        using var items = source.GetEnumerator();
        while (true)
        {
            try
            {
                if (!items.MoveNext())
                    yield break;
            }
            catch (Exception e)
            {
                failed(e);
                yield break;
            }
            yield return items.Current;
        }
    }
}
