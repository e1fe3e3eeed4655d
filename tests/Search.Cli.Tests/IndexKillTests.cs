using System.Diagnostics;
using System.Text.Json;
using Search.Analysis;
using Search.Engine;
using Search.Engine.Indexing;
using Search.Engine.Searching;
using Search.Index;
using Search.Index.Storage;
using Search.Tests;
using Xunit.Abstractions;

namespace Search.Cli.Tests;

/// <summary>
/// Kills the indexer (the real <c>search index</c> process, with SIGKILL) at random moments of a
/// rebuild, several times over: each time, what is on disk must load and answer exactly as the old
/// index did — or as the complete new one, when the build got to its swap before the kill.
/// </summary>
public sealed class IndexKillTests(ITestOutputHelper output) : IDisposable
{
    private const int Kills = 8;
    private static readonly string[] Queries = ["上合", "民生实事", "6.5%", "发展 -崂山", ""];

    private readonly string _corpus = Directory.CreateTempSubdirectory("kill-corpus-").FullName;
    private readonly string _index = Directory.CreateTempSubdirectory("kill-index-").FullName;

    public void Dispose()
    {
        Directory.Delete(_corpus, recursive: true);
        Directory.Delete(_index, recursive: true);
    }

    [Fact]
    public async Task A_rebuild_killed_at_any_moment_leaves_a_valid_index_answering_as_before()
    {
        foreach (var page in Directory.GetFiles(RepositoryRoot.Combine("corpus"), "*.txt"))
            File.Copy(page, Path.Combine(_corpus, Path.GetFileName(page)));
        var paths = new SearchPaths(_corpus, _index);
        await new IndexManager(paths, WordAnalyzer.Default).EnsureLoadedAsync();
        var before = Answers();

        // A bigger corpus makes the rebuild last long enough to be interrupted at every stage: one full
        // rebuild elsewhere says how long it takes, and the kills fall anywhere within that time.
        WriteBulkArticles(Path.Combine(_corpus, "bulk.jsonl"), count: 1500);
        var duration = await TimeFullBuildAsync();
        var random = new Random(9);
        var survived = 0;
        string? after = null;
        for (var kill = 0; kill < Kills; kill++)
        {
            using var indexer = StartIndexer();
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(100, (int)duration.TotalMilliseconds + 300)));
            var finished = indexer.HasExited;
            if (!finished)
                indexer.Kill(entireProcessTree: true);
            await indexer.WaitForExitAsync();

            var answers = Answers();
            if (answers == before)
                survived++;
            else
                after ??= answers; // the build completed its swap: the new index must be complete, and stay so
            Assert.True(answers == before || answers == after, $"kill {kill}: the index answers neither as before nor as the full rebuild");
            output.WriteLine($"kill {kill}: {(finished ? "build had finished" : "killed")}, index answers {(answers == before ? "as before" : "as rebuilt")}");
        }

        Assert.True(survived > 0, "no kill landed before the swap; lengthen the rebuild");
        Assert.DoesNotContain(Directory.GetFiles(_index), file => !file.EndsWith(IndexFile.FileName, StringComparison.Ordinal) && !file.Contains(".building-"));
        output.WriteLine($"{Kills} kills within a {duration.TotalSeconds:0.0} s rebuild, the old index survived {survived}");
    }

    [Fact]
    public async Task A_disk_that_fills_up_during_a_rebuild_leaves_the_served_index_intact()
    {
        foreach (var page in Directory.GetFiles(RepositoryRoot.Combine("corpus"), "*.txt"))
            File.Copy(page, Path.Combine(_corpus, Path.GetFileName(page)));
        await new IndexManager(new SearchPaths(_corpus, _index), WordAnalyzer.Default).EnsureLoadedAsync();
        var before = Answers();
        WriteBulkArticles(Path.Combine(_corpus, "bulk.jsonl"), count: 300);

        // The shell's file-size limit (ulimit -f, in KiB) stands in for a full disk: writing the new
        // index file fails part-way, exactly where a full disk would fail it.
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { "-c", "ulimit -f 256 && exec dotnet \"$0\" index --force \"--Search:CorpusPath=$1\" \"--Search:IndexPath=$2\"",
                Path.Combine(AppContext.BaseDirectory, "search.dll"), _corpus, _index },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // The runtime backs its executable memory with a file the size limit would also cap.
            Environment = { ["DOTNET_EnableWriteXorExecute"] = "0" },
        };
        using var indexer = Process.Start(start)!;
        await indexer.WaitForExitAsync();

        Assert.NotEqual(0, indexer.ExitCode);
        Assert.NotEmpty(Directory.GetFiles(_index, "*.building-*")); // it died writing the new file, not before
        Assert.Equal(before, Answers());
        output.WriteLine($"indexer exit code {indexer.ExitCode}; the served index answers as before");

        // With room again, the next rebuild succeeds and clears what the failed one left.
        await new IndexManager(new SearchPaths(_corpus, _index), WordAnalyzer.Default).BuildAsync(force: true);
        Assert.NotEqual(before, Answers());
        Assert.Empty(Directory.GetFiles(_index, "*.building-*"));
    }

    /// <summary>Everything a user would see for the test queries, as one string: ids, titles, totals, facets.</summary>
    private string Answers()
    {
        using var index = new SearchIndex(IndexFile.Read(IndexFile.PathIn(_index)));
        var searcher = new Searcher(index, WordAnalyzer.Default);
        return string.Join("\n", Queries.Select(query => JsonSerializer.Serialize(searcher.Search(new SearchRequest(query, Size: 20)) with { TookMs = 0, Timings = new(0, 0, 0) })));
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

    private Process StartIndexer(string? indexDirectory = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "search.dll"), "index", "--force", $"--Search:CorpusPath={_corpus}", $"--Search:IndexPath={indexDirectory ?? _index}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        return Process.Start(start)!;
    }

    private static void WriteBulkArticles(string path, int count)
    {
        var sentences = Directory.GetFiles(RepositoryRoot.Combine("corpus"), "*.txt")
            .SelectMany(page => File.ReadAllText(page).Split('。', StringSplitOptions.RemoveEmptyEntries))
            .Select(sentence => sentence.Trim())
            .Where(sentence => sentence.Length > 10)
            .ToArray();
        var random = new Random(42);
        using var writer = new StreamWriter(path);
        for (var i = 0; i < count; i++)
        {
            var body = string.Join("。", Enumerable.Range(0, 40).Select(_ => sentences[random.Next(sentences.Length)])) + "。";
            writer.WriteLine(JsonSerializer.Serialize(new { id = $"bulk-{i}", title = $"合成文章 {i}", body, districts = new[] { "平度市" }, year = 2020 }));
        }
    }
}
