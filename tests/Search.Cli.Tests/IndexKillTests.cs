using System.Diagnostics;
using Search.Tests;
using Xunit.Abstractions;

namespace Search.Cli.Tests;

/// <summary>
/// Faults in the real <c>search index</c> process while it writes: SIGKILL at random moments of a
/// full rebuild and of an update by file, a full disk. Lucene commits atomically, so afterwards the
/// index on disk must hold exactly the articles of one commit: the one before, or — when the
/// process got to its commit first — the complete new one.
/// </summary>
public sealed class IndexKillTests(ITestOutputHelper output) : IDisposable
{
    private const int Trials = 20;
    private readonly RebuildScenario _scenario = new();

    public void Dispose() => _scenario.Dispose();

    [Fact]
    public async Task A_full_rebuild_killed_at_any_moment_leaves_the_articles_of_the_last_commit()
    {
        var before = await _scenario.BuildInitialIndexAsync();
        _scenario.AddBulkArticles(600); // a rebuild long enough to be interrupted at every stage

        await KillRepeatedlyAsync(before, "index", "--force");
    }

    [Fact]
    public async Task An_update_killed_at_any_moment_leaves_the_articles_of_the_last_commit()
    {
        _scenario.AddBulkArticles(300, "kept.jsonl");
        _scenario.AddBulkArticles(300, "removed.jsonl", seed: 1);
        var before = await _scenario.BuildInitialIndexAsync();
        // One update: a file added, one changed and one removed, all in one commit or none.
        _scenario.AddBulkArticles(600, "added.jsonl", seed: 2);
        _scenario.AddBulkArticles(100, "kept.jsonl", seed: 3);
        File.Delete(Path.Combine(_scenario.Corpus, "removed.jsonl"));

        var after = await KillRepeatedlyAsync(before, "index");

        Assert.Contains("updated", after.Output);
        Assert.Contains("added-599:", after.Answers);
        Assert.DoesNotContain("removed-0:", after.Answers);
    }

    [Fact]
    public async Task A_disk_that_fills_up_while_writing_leaves_the_last_commit_intact()
    {
        var before = await _scenario.BuildInitialIndexAsync();
        _scenario.AddBulkArticles(300);

        // The shell's file-size limit (ulimit -f, in KiB) stands in for a full disk: writing a
        // segment file fails part-way, exactly where a full disk would fail it.
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
        Assert.NotEmpty(_scenario.UnreferencedFiles()); // it died writing segment files, not before
        Assert.Equal(before, _scenario.Answers());
        output.WriteLine($"indexer exit code {indexer.ExitCode}; the index answers as before");

        // With room again, the next rebuild succeeds and clears what the failed one left.
        using (var manager = _scenario.NewManager())
            await manager.BuildAsync(force: true);
        Assert.NotEqual(before, _scenario.Answers());
        Assert.Empty(_scenario.UnreferencedFiles());
    }

    /// <summary>
    /// One uninterrupted run says how long the write takes and what the new commit holds; then each
    /// trial restores the old index, starts the same command and kills it anywhere in that time.
    /// </summary>
    private async Task<(string Answers, string Output)> KillRepeatedlyAsync(string before, params string[] command)
    {
        var started = Stopwatch.GetTimestamp();
        string completeOutput;
        using (var complete = StartIndexer(command))
        {
            completeOutput = await complete.StandardOutput.ReadToEndAsync();
            await complete.WaitForExitAsync();
            Assert.Equal(0, complete.ExitCode);
        }
        var duration = Stopwatch.GetElapsedTime(started);
        var after = _scenario.Answers();
        Assert.NotEqual(before, after);

        var random = new Random(9);
        int killed = 0, old = 0;
        for (var trial = 0; trial < Trials; trial++)
        {
            _scenario.RestoreInitialIndex();
            using var indexer = StartIndexer(command);
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(50, (int)(duration.TotalMilliseconds * 1.1))));
            var finished = indexer.HasExited;
            if (!finished)
            {
                indexer.Kill(entireProcessTree: true);
                killed++;
            }
            await indexer.WaitForExitAsync();

            var answers = _scenario.Answers();
            Assert.True(answers == before || answers == after, $"trial {trial}: the index holds neither the old commit nor the new one");
            old += answers == before ? 1 : 0;
            output.WriteLine($"trial {trial}: {(finished ? "had finished" : "killed")}, the index holds the {(answers == before ? "old" : "new")} commit");
        }

        Assert.True(old > 0, "no kill landed before the commit; lengthen the write");
        output.WriteLine($"{Trials} trials within a {duration.TotalSeconds:0.0} s write: {killed} killed, the old commit stood in {old}");
        return (after, completeOutput);
    }

    private Process StartIndexer(string[] command) =>
        RebuildScenario.StartDotnet("search.dll", [.. command, $"--Search:CorpusPath={_scenario.Corpus}", $"--Search:IndexPath={_scenario.Index}"]);
}
