using System.Diagnostics;
using System.Text;
using Search.Analysis;
using Search.Corpus;
using Search.Corpus.Figures;
using Search.Engine;
using Search.Engine.Indexing;
using Search.Index;
using Search.Index.Overlap;

namespace Search.Bench;

/// <summary>
/// Whether indexing a page costs time linear in its size, whatever the page is made of: pages of
/// each shape an attacker or an odd source may bring (real pages repeated, one endless line full of
/// figures, many short lines of figures, a digit run, Chinese with no punctuation, a report in
/// full-width digits, a bulk file) at growing sizes, each indexed alone into a fresh index by the
/// real manager, median of <c>runs</c>. Per size: the reader's share (read, decode, split, metadata),
/// figures and sketch, the whole build, and the build's cost per KB once the fixed cost of indexing
/// any page (a 1 KB page of the shape) is taken off; per shape, the ratio of the largest size's cost
/// per KB to the smallest's (about 1 when the work is linear; quadratic work doubles it with each
/// doubling of the size, 32 times from 128 KB to 4 MB). Prints one JSON line per shape and size.
/// </summary>
internal static class PageCostBenchmark
{
    public static async Task<int> Run(string repositoryRoot, IReadOnlyList<int> sizesKb, int runs)
    {
        var shapes = Shapes(repositoryRoot);
        // Warm up (SmartCn's dictionaries, the JIT) on a page of every shape, outside the timings.
        foreach (var (_, make) in shapes)
            await Measure(make(sizesKb[0] * 1024));
        var worst = 0.0;
        foreach (var (shape, make) in shapes)
        {
            // What indexing any page costs (the writer, the commit, merging, returning memory): a 1 KB page of the shape.
            var fixedMs = Median(await Runs(make(1024), runs), t => t.Build);
            var perKb = new List<double>();
            foreach (var kb in sizesKb)
            {
                var page = make(kb * 1024);
                var timings = await Runs(page, runs);
                var size = page.Bytes.Length / 1024.0;
                var build = Median(timings, t => t.Build);
                perKb.Add((build - fixedMs) * 1000 / size);
                BenchOutput.Line(new
                {
                    measure = "page_cost",
                    shape,
                    kb = Math.Round(size),
                    articles = timings[0].Articles,
                    readMs = Math.Round(Median(timings, t => t.Read), 1),
                    figuresAndSketchMs = Math.Round(Median(timings, t => t.Figures), 1),
                    buildMs = Math.Round(build, 1),
                    fixedMs = Math.Round(fixedMs, 1),
                    microsecondsPerKb = Math.Round(perKb[^1], 1),
                });
            }
            // Linear work costs the same per KB at every size; quadratic work twice as much per KB with each doubling.
            var ratio = perKb[^1] / perKb[0];
            worst = Math.Max(worst, ratio);
            BenchOutput.Line(new { measure = "page_cost_linearity", shape, smallestKb = sizesKb[0], largestKb = sizesKb[^1], perKbRatio = Math.Round(ratio, 2) });
        }
        BenchOutput.Line(new { measure = "page_cost_worst", perKbRatio = Math.Round(worst, 2) });
        return 0;
    }

    private static async Task<List<(double Read, double Figures, double Build, int Articles)>> Runs((string File, byte[] Bytes) page, int runs)
    {
        var timings = new List<(double Read, double Figures, double Build, int Articles)>();
        for (var run = 0; run < runs; run++)
            timings.Add(await Measure(page));
        return timings;
    }

    private static double Median(List<(double Read, double Figures, double Build, int Articles)> timings, Func<(double Read, double Figures, double Build, int Articles), double> of) =>
        timings.Select(of).Order().ElementAt(timings.Count / 2);

    /// <summary>One page indexed alone: the reader's time, the figures' and sketch's, and the whole build through the manager.</summary>
    private static async Task<(double Read, double Figures, double Build, int Articles)> Measure((string File, byte[] Bytes) page)
    {
        var corpus = Directory.CreateTempSubdirectory("page-cost-corpus-").FullName;
        var index = Directory.CreateTempSubdirectory("page-cost-index-").FullName;
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(corpus, page.File), page.Bytes);
            var limits = new CorpusLimits { MaxPageBytes = 64L << 20, MaxLineBytes = 64 << 20 };

            var started = Stopwatch.GetTimestamp();
            var articles = new CorpusReader(corpus, limits).Read(_ => { }).ToList();
            var read = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

            started = Stopwatch.GetTimestamp();
            foreach (var article in articles)
            {
                FigureExtractor.Extract(article);
                TextSketch.Of(IndexedText.Body(article));
            }
            var figures = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

            using var manager = new IndexManager(new SearchPaths(corpus, index), WordAnalyzer.Default, indexThreads: 1, limits: limits,
                articleBudget: TimeSpan.FromHours(1));
            started = Stopwatch.GetTimestamp();
            var report = await manager.BuildAsync(force: true);
            var build = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            return (read, figures, build, report.Articles);
        }
        finally
        {
            Directory.Delete(corpus, recursive: true);
            Directory.Delete(index, recursive: true);
        }
    }

    /// <summary>Each shape: a page of about the given size in bytes, and the name it is saved under.</summary>
    private static List<(string Shape, Func<int, (string File, byte[] Bytes)> Make)> Shapes(string root)
    {
        var pages = string.Join("\n\n", Directory.GetFiles(Path.Combine(root, "corpus"), "*.txt").Order().Select(File.ReadAllText));
        var report1956 = File.ReadAllText(Path.Combine(root, "tests", "Data", "reports", "pages", "1956年国务院政府工作报告.txt"));
        return
        [
            ("real pages", size => Page(Repeat(pages + "\n\n", size))),
            ("one line of figures", size => Page("2024年，崂山区将" + Repeat("崂山区会议开幕，全区生产总值增长6.5%左右，", size))),
            ("lines of figures", size => Page("# 崂山区：报告\n\n" + Repeat("2024年，全区生产总值完成1150.89亿元，增长7%。\n", size))),
            ("a digit run", size => Page("# 崂山区：数字\n\n" + new string('1', size))),
            ("Chinese, no punctuation", size => Page("# 崂山区：长文\n\n" + Repeat("崂山区会议开幕全区经济社会发展稳中向好", size))),
            ("full-width digits (1956 report)", size => Page(Repeat(report1956 + "\n", size))),
            ("a bulk file", size =>
            {
                // Whole records only: a line cut short is a bad line, not a smaller file.
                var record = System.Text.Json.JsonSerializer.Serialize(new { title = "崂山区：报告", body = pages[..Math.Min(pages.Length, size / 3)] }) + "\n";
                var records = Math.Max(1, size / Encoding.UTF8.GetByteCount(record));
                return ("bulk.jsonl", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(record, records))));
            }),
        ];

        static (string, byte[]) Page(string text) => ("page.txt", Encoding.UTF8.GetBytes(text));
    }

    /// <summary>The text repeated, or cut, to about <paramref name="bytes"/> bytes of UTF-8.</summary>
    private static string Repeat(string text, int bytes)
    {
        var bytesPerChar = (double)Encoding.UTF8.GetByteCount(text) / text.Length;
        var chars = (int)(bytes / bytesPerChar);
        var times = chars / text.Length + 1;
        return new StringBuilder(text.Length * times).Insert(0, text, times).ToString(0, chars);
    }
}
