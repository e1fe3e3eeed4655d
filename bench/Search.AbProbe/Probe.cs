using System.Diagnostics;
using Lucene.Net.Index;
using Search.Analysis;
using Search.Engine.Searching;
using Search.Index;

namespace Search.AbProbe;

/// <summary>
/// One pass of a query mix through one build's searcher, as `Search.Bench ab` calls it by
/// reflection: only public engine API, so that older builds compile against it too.
/// </summary>
public static class Probe
{
    private static Searcher? _searcher;

    public static void Load(string indexDirectory) =>
        _searcher = new Searcher(new ArticleIndex(DirectoryReader.Open(IndexStore.Open(indexDirectory))), WordAnalyzer.Default);

    /// <summary>Milliseconds for the whole pass and, summed over its queries, for the query's analysis, the search and the hits.</summary>
    public static double[] Pass(string[] queries)
    {
        var searcher = _searcher ?? throw new InvalidOperationException("Load an index first");
        double query = 0, search = 0, hits = 0;
        var started = Stopwatch.GetTimestamp();
        foreach (var text in queries)
        {
            var timings = searcher.Search(new SearchRequest(text, Size: 10)).Timings!;
            (query, search, hits) = (query + timings.QueryMs, search + timings.SearchMs, hits + timings.HitsMs);
        }
        return [Stopwatch.GetElapsedTime(started).TotalMilliseconds, query, search, hits];
    }

    /// <summary>
    /// This build alone: `dotnet Search.AbProbe.dll INDEX_DIR QUERIES [PASSES]`; per pass, milliseconds
    /// (whole, query, search, hits), the megabytes allocated and the collections of each generation.
    /// </summary>
    public static void Main(string[] args)
    {
        Load(args[0]);
        var queries = File.ReadAllLines(args[1]);
        for (var pass = 0; pass < (args.Length > 2 ? int.Parse(args[2]) : 3); pass++)
        {
            var (allocated, collections) = (GC.GetTotalAllocatedBytes(), Collections());
            var ms = Pass(queries);
            var counted = Collections().Zip(collections, (after, before) => after - before);
            Console.WriteLine($"{string.Join(' ', ms.Select(value => value.ToString("F0")))} ms, " +
                $"{(GC.GetTotalAllocatedBytes() - allocated) / 1e6:F1} MB, gen0/1/2 {string.Join('/', counted)}");
        }

        static int[] Collections() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
    }
}
