using System.Diagnostics;
using Search.Engine;
using Search.Engine.Indexing;

namespace Search.Bench;

/// <summary>
/// What updating one page costs as the index grows: a copy of a built index is opened over its
/// corpus, then, <c>runs</c> times, a page is added to the corpus and the update that indexes it
/// is timed, then the page is removed and that update timed. The first update is reported apart:
/// it reads which file versions the index holds from the whole view, which later updates keep from
/// their commit. The pages are removed at the end. Prints one JSON line.
/// </summary>
internal static class UpdateBenchmark
{
    public static async Task<int> RunAsync(string corpus, string index, int runs)
    {
        var copy = Path.Combine(Path.GetTempPath(), $"update-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(index))
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        var pages = new List<string>();
        try
        {
            using var manager = IndexManager.For(new SearchPaths(corpus, copy), new SearchOptions());
            var loaded = await manager.EnsureLoadedAsync();
            if (loaded.Action != IndexAction.Reused)
                throw new InvalidOperationException($"the index does not fit the corpus or this code: {loaded.Summary}");

            var (first, added, removed) = (0.0, new List<double>(), new List<double>());
            for (var run = 0; run <= runs; run++)
            {
                var page = Path.Combine(corpus, $"update-bench-{Environment.ProcessId}-{run}.txt");
                pages.Add(page);
                var phrase = $"更新测试第{run + 1}号页面";
                await File.WriteAllTextAsync(page, $"莱西市：{phrase}\n\n1月6日，莱西市人民代表大会开幕。大会审议了{phrase}的报告。");
                var addMs = await Timed(manager);
                File.Delete(page);
                var removeMs = await Timed(manager);
                if (run == 0)
                {
                    first = addMs;
                    continue;
                }
                added.Add(addMs);
                removed.Add(removeMs);
            }

            using var lease = manager.Lease()!;
            BenchOutput.Line(new
            {
                measure = "update",
                articles = lease.Searcher.Index.Count,
                runs,
                first_add_ms = Math.Round(first, 1),
                add_median_ms = BenchOutput.Percentile([.. added.Order()], 50, 1),
                add_p90_ms = BenchOutput.Percentile([.. added.Order()], 90, 1),
                remove_median_ms = BenchOutput.Percentile([.. removed.Order()], 50, 1),
            });
            return 0;
        }
        finally
        {
            pages.ForEach(File.Delete);
            Directory.Delete(copy, recursive: true);
        }
    }

    private static async Task<double> Timed(IndexManager manager)
    {
        var started = Stopwatch.GetTimestamp();
        var report = await manager.UpdateAsync() ?? throw new InvalidOperationException("the update found nothing to do");
        if (report.Action != IndexAction.Updated)
            throw new InvalidOperationException($"the update did not update: {report.Summary}");
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}
