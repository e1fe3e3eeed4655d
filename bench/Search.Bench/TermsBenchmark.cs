using System.Diagnostics;
using Lucene.Net.Index;
using Search.Analysis;
using Search.Engine.Searching;
using Search.Engine.Terms;
using Search.Index;

namespace Search.Bench;

/// <summary>
/// What the terms views cost on a built index: the first view's cost, which counts every segment's
/// terms (<see cref="SegmentTerms"/>, kept for as long as the segment lives), then each view — new
/// terms, changes against the earlier years, distinctive terms, a trend — for every government and
/// year the index holds, <c>passes</c> times, as median, p95 and max. Also how many terms and phrase
/// postings the index holds. Prints one JSON line.
/// </summary>
internal static class TermsBenchmark
{
    public static int Run(string indexDirectory, int passes)
    {
        using var reader = DirectoryReader.Open(IndexStore.Open(indexDirectory));
        var index = new ArticleIndex(reader);
        var searcher = new Searcher(index, WordAnalyzer.Default);

        var started = Stopwatch.GetTimestamp();
        var places = searcher.ReportPlaces();
        var firstMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var views = places.SelectMany(place => searcher.ReportYears(place).Select(year => (Place: place, Year: year))).ToList();
        // A trend of a term each view's reports hold: its first new term, else a common word.
        var trendTerms = views.ToDictionary(view => view, view => searcher.NewTerms(view.Place, view.Year, NewAgainst.Place, 1).Terms.FirstOrDefault()?.Term ?? "发展");

        var timings = new Dictionary<string, List<double>> { ["new"] = [], ["changes"] = [], ["distinctive"] = [], ["trend"] = [] };
        void Time(string kind, Action view)
        {
            var at = Stopwatch.GetTimestamp();
            view();
            timings[kind].Add(Stopwatch.GetElapsedTime(at).TotalMilliseconds);
        }
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var (place, year) in views)
            {
                Time("new", () => searcher.NewTerms(place, year, NewAgainst.Place, NewTerms.DefaultSize));
                Time("changes", () => searcher.TermChanges(place, null, year, TermChanges.DefaultSize));
                Time("distinctive", () => searcher.DistinctiveTerms(place, year, DistinctiveTerms.DefaultSize));
                Time("trend", () => searcher.Trend(trendTerms[(place, year)], [place]));
            }
        }

        var phrases = MultiFields.GetTerms(reader, ArticleFields.Phrases);
        BenchOutput.Line(new
        {
            measure = "terms_views",
            docs = reader.NumDocs,
            segments = reader.Leaves.Count,
            places = places.Count,
            views = views.Count,
            passes,
            firstViewMs = Math.Round(firstMs, 1),
            views_ms = timings.ToDictionary(pair => pair.Key, pair =>
            {
                var sorted = pair.Value.Order().ToList();
                return new { p50 = BenchOutput.Percentile(sorted, 50, 2), p95 = BenchOutput.Percentile(sorted, 95, 2), max = Math.Round(sorted.LastOrDefault(), 2) };
            }),
            phraseTerms = phrases?.Count ?? 0,
            phrasePostings = phrases?.SumDocFreq ?? 0,
            indexMB = Math.Round(Directory.GetFiles(indexDirectory).Sum(file => new FileInfo(file).Length) / 1048576.0, 1),
        });
        return 0;
    }
}
