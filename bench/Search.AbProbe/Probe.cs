using System.Diagnostics;
using Search.Analysis;
using Search.Engine.Searching;
using Search.Index;
using Search.Index.Storage;

namespace Search.AbProbe;

/// <summary>
/// One pass of a query mix through one build's searcher, as `Search.Bench ab` calls it by
/// reflection: only public engine API, so that older builds compile against it too.
/// </summary>
public static class Probe
{
    private static Searcher? _searcher;

    public static void Load(string indexDirectory) =>
        _searcher = new Searcher(new SearchIndex(IndexFile.Read(IndexFile.PathIn(indexDirectory))), WordAnalyzer.Default);

    /// <summary>Milliseconds for the whole pass and, summed over its queries, for matching, collecting and highlighting.</summary>
    public static double[] Pass(string[] queries)
    {
        var searcher = _searcher ?? throw new InvalidOperationException("Load an index first");
        double match = 0, collect = 0, highlight = 0;
        var started = Stopwatch.GetTimestamp();
        foreach (var query in queries)
        {
            var timings = searcher.Search(new SearchRequest(query, Size: 10)).Timings!;
            (match, collect, highlight) = (match + timings.MatchMs, collect + timings.CollectMs, highlight + timings.HighlightMs);
        }
        return [Stopwatch.GetElapsedTime(started).TotalMilliseconds, match, collect, highlight];
    }

    /// <summary>This build alone: `dotnet Search.AbProbe.dll INDEX_DIR QUERIES [PASSES]`, milliseconds per pass.</summary>
    public static void Main(string[] args)
    {
        Load(args[0]);
        var queries = File.ReadAllLines(args[1]);
        for (var pass = 0; pass < (args.Length > 2 ? int.Parse(args[2]) : 3); pass++)
            Console.WriteLine(string.Join(' ', Pass(queries).Select(ms => ms.ToString("F0"))));
    }
}
