using System.Diagnostics;
using Search.Engine;
using Search.Engine.Indexing;

namespace Search.Bench;

/// <summary>
/// What updating one page costs as the index grows. A copy of each built index is opened over its
/// corpus (CORPUS=INDEX, one or more); then, <c>runs</c> times, each in turn gets a page added to its
/// corpus, timed until the update that indexes it returns, and the page removed, timed likewise.
/// Taking the indexes in turn within one process, first one then the other first, puts them under
/// the same conditions (disk, clock, runtime), so their ratio is not a drift between two runs. The first update of each is reported
/// apart: it reads which file versions the index holds from the whole view, which later updates
/// keep from their commit. The pages are removed at the end. Prints one JSON line per index, then,
/// for two or more, one with each index's medians as a ratio to the first's.
/// </summary>
internal static class UpdateBenchmark
{
    public static async Task<int> RunAsync(IReadOnlyList<(string Corpus, string Index)> subjects, int runs)
    {
        var tested = new List<Subject>();
        try
        {
            if (runs < 1)
                throw new ArgumentOutOfRangeException(nameof(runs), "at least one run");
            foreach (var (corpus, index) in subjects)
                tested.Add(await Subject.OpenAsync(corpus, index, tested.Count));
            for (var run = 0; run <= runs; run++)
            {
                // In turn, the order reversed every other round: going second in a round measured faster.
                foreach (var subject in run % 2 == 0 ? tested : tested.AsEnumerable().Reverse())
                    await subject.AddAndRemoveAsync(run);
            }
            foreach (var subject in tested)
                BenchOutput.Line(subject.Summary(runs));
            if (tested.Count > 1)
            {
                BenchOutput.Line(new
                {
                    measure = "update ratio",
                    articles = tested.Select(subject => subject.Articles).ToList(),
                    add_median_ratio = tested.Select(subject => Math.Round(subject.AddMedian / tested[0].AddMedian, 3)).ToList(),
                    remove_median_ratio = tested.Select(subject => Math.Round(subject.RemoveMedian / tested[0].RemoveMedian, 3)).ToList(),
                });
            }
            return 0;
        }
        finally
        {
            tested.ForEach(subject => subject.Dispose());
        }
    }

    /// <summary>One index under test: its copy, its manager, the pages it was given and their timings.</summary>
    private sealed class Subject(string corpus, string copy, IndexManager manager) : IDisposable
    {
        private readonly List<string> _pages = [];
        private readonly List<double> _added = [];
        private readonly List<double> _removed = [];
        private double _first;

        /// <param name="position">Its place among the indexes under test: two may have the same folder name.</param>
        public static async Task<Subject> OpenAsync(string corpus, string index, int position)
        {
            var copy = Directory.CreateTempSubdirectory($"update-bench-{position}-").FullName;
            foreach (var file in Directory.GetFiles(index))
                File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
            var subject = new Subject(corpus, copy, IndexManager.For(new SearchPaths(corpus, copy), new SearchOptions()));
            var loaded = await subject.Manager.EnsureLoadedAsync();
            if (loaded.Action != IndexAction.Reused)
            {
                subject.Dispose();
                throw new InvalidOperationException($"{index} does not fit {corpus} or this code: {loaded.Summary}");
            }
            return subject;
        }

        private IndexManager Manager => manager;

        public int Articles
        {
            get
            {
                using var lease = manager.Lease()!;
                return lease.Searcher.Index.Count;
            }
        }

        public double AddMedian => BenchOutput.Percentile([.. _added.Order()], 50, 2);

        public double RemoveMedian => BenchOutput.Percentile([.. _removed.Order()], 50, 2);

        public async Task AddAndRemoveAsync(int run)
        {
            var page = Path.Combine(corpus, $"update-bench-{Environment.ProcessId}-{run}.txt");
            _pages.Add(page);
            var phrase = $"更新测试第{run + 1}号页面";
            await File.WriteAllTextAsync(page, $"莱西市：{phrase}\n\n1月6日，莱西市人民代表大会开幕。大会审议了{phrase}的报告。");
            var addMs = await Timed();
            File.Delete(page);
            var removeMs = await Timed();
            if (run == 0)
            {
                _first = addMs;
                return;
            }
            _added.Add(addMs);
            _removed.Add(removeMs);
        }

        public object Summary(int runs) => new
        {
            measure = "update",
            articles = Articles,
            runs,
            first_add_ms = Math.Round(_first, 1),
            add_median_ms = Math.Round(AddMedian, 1),
            add_p90_ms = BenchOutput.Percentile([.. _added.Order()], 90, 1),
            remove_median_ms = Math.Round(RemoveMedian, 1),
        };

        private async Task<double> Timed()
        {
            var started = Stopwatch.GetTimestamp();
            var report = await manager.UpdateAsync() ?? throw new InvalidOperationException("the update found nothing to do");
            if (report.Action != IndexAction.Updated)
                throw new InvalidOperationException($"the update did not update: {report.Summary}");
            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        public void Dispose()
        {
            manager.Dispose();
            _pages.ForEach(File.Delete);
            Directory.Delete(copy, recursive: true);
        }
    }
}
