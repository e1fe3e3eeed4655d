using System.Diagnostics;
using Search.Analysis;
using Search.Engine;
using Search.Engine.Indexing;
using Search.Tests;
using Xunit.Abstractions;

namespace Search.Cli.Tests;

/// <summary>
/// Faults in the real <c>search index</c> process during a rebuild: SIGKILL at random moments, a full
/// disk. Afterwards what is on disk must load and answer exactly as the old index did — or as the
/// complete new one, when the build got to its swap first.
/// </summary>
public sealed class IndexKillTests(ITestOutputHelper output) : IDisposable
{
    private const int Kills = 8;
    private readonly RebuildScenario _scenario = new();

    public void Dispose() => _scenario.Dispose();

    [Fact]
    public async Task A_rebuild_killed_at_any_moment_leaves_a_valid_index_answering_as_before()
    {
        var before = await _scenario.BuildInitialIndexAsync();
        // A bigger corpus makes the rebuild last long enough to be interrupted at every stage: one full
        // rebuild elsewhere says how long it takes, and the kills fall anywhere within that time.
        _scenario.AddBulkArticles(1500);
        var duration = await TimeFullBuildAsync();
        var random = new Random(9);
        var survived = 0;
        string? after = null;
        for (var kill = 0; kill < Kills; kill++)
        {
            _scenario.RestoreInitialIndex();
            using var indexer = StartIndexer(_scenario.Index);
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(100, (int)(duration.TotalMilliseconds * 1.1))));
            var finished = indexer.HasExited;
            if (!finished)
                indexer.Kill(entireProcessTree: true);
            await indexer.WaitForExitAsync();

            var answers = _scenario.Answers();
            if (answers == before)
                survived++;
            else
                after ??= answers; // the build reached its swap first: the new index must be complete
            Assert.True(answers == before || answers == after, $"kill {kill}: the index answers neither as before nor as the full rebuild");
            output.WriteLine($"kill {kill}: {(finished ? "build had finished" : "killed")}, index answers {(answers == before ? "as before" : "as rebuilt")}");
        }

        Assert.True(survived > 0, "no kill landed before the swap; lengthen the rebuild");
        output.WriteLine($"{Kills} kills within a {duration.TotalSeconds:0.0} s rebuild, the old index survived {survived}");
    }

    [Fact]
    public async Task A_disk_that_fills_up_during_a_rebuild_leaves_the_served_index_intact()
    {
        var before = await _scenario.BuildInitialIndexAsync();
        _scenario.AddBulkArticles(300);

        // The shell's file-size limit (ulimit -f, in KiB) stands in for a full disk: writing the new
        // index file fails part-way, exactly where a full disk would fail it.
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { "-c", "ulimit -f 256 && exec dotnet \"$0\" index --force \"--Search:CorpusPath=$1\" \"--Search:IndexPath=$2\"",
                Path.Combine(AppContext.BaseDirectory, "search.dll"), _scenario.Corpus, _scenario.Index },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // The runtime backs its executable memory with a file the size limit would also cap.
            Environment = { ["DOTNET_EnableWriteXorExecute"] = "0" },
        };
        using var indexer = Process.Start(start)!;
        await indexer.WaitForExitAsync();

        Assert.NotEqual(0, indexer.ExitCode);
        Assert.NotEmpty(Directory.GetFiles(_scenario.Index, "*.building-*")); // it died writing the new file, not before
        Assert.Equal(before, _scenario.Answers());
        output.WriteLine($"indexer exit code {indexer.ExitCode}; the served index answers as before");

        // With room again, the next rebuild succeeds and clears what the failed one left.
        await new IndexManager(new SearchPaths(_scenario.Corpus, _scenario.Index), WordAnalyzer.Default).BuildAsync(force: true);
        Assert.NotEqual(before, _scenario.Answers());
        Assert.Empty(Directory.GetFiles(_scenario.Index, "*.building-*"));
    }

    private async Task<TimeSpan> TimeFullBuildAsync()
    {
        var scratch = Directory.CreateTempSubdirectory("kill-scratch-").FullName;
        try
        {
            var started = Stopwatch.GetTimestamp();
            using var indexer = StartIndexer(scratch);
            await indexer.WaitForExitAsync();
            Assert.Equal(0, indexer.ExitCode);
            return Stopwatch.GetElapsedTime(started);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private Process StartIndexer(string indexDirectory) =>
        RebuildScenario.StartDotnet("search.dll", "index", "--force", $"--Search:CorpusPath={_scenario.Corpus}", $"--Search:IndexPath={indexDirectory}");
}
