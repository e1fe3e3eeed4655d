using System.Diagnostics;
using System.Net.Http.Json;
using Search.Analysis;
using Search.Engine;
using Search.Engine.Indexing;
using Search.Index;
using Search.Tests;

namespace Search.Host.Tests;

public sealed class IndexLoadingTests
{
    private const string Laixi = "莱西市：攻坚克难\n\n1月6日，莱西市人民代表大会开幕。2025年，莱西市将建设青岛北部协调发展新优势。";

    [Fact]
    public async Task On_first_start_the_host_builds_the_index_from_the_corpus_while_already_answering()
    {
        await using var host = await RunningHost.StartAsync();

        var health = await host.Client.GetAsync("/healthz");
        var searcher = await host.WaitForIndexAsync(TimeSpan.FromSeconds(60));

        Assert.True(health.IsSuccessStatusCode);
        Assert.Equal(9, searcher.Index.Count);
        await host.WaitForLogAsync("Index built (there is no index yet): 9 articles");
    }

    [Fact]
    public async Task On_the_next_start_the_built_index_is_reused()
    {
        var indexDirectory = Directory.CreateTempSubdirectory("host-index-").FullName;
        try
        {
            await using (var first = await RunningHost.StartAsync($"--Search:IndexPath={indexDirectory}"))
                await first.WaitForIndexAsync(TimeSpan.FromSeconds(60));

            await using var second = await RunningHost.StartAsync($"--Search:IndexPath={indexDirectory}");
            await second.WaitForIndexAsync(TimeSpan.FromSeconds(60));

            using (var directory = IndexStore.Open(indexDirectory))
                Assert.True(IndexStore.Exists(directory));
            await second.WaitForLogAsync("Index reused: 9 articles");
        }
        finally
        {
            Directory.Delete(indexDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task A_page_dropped_into_the_corpus_is_searchable_within_seconds_without_a_restart()
    {
        using var scenario = new RebuildScenario();
        await scenario.BuildInitialIndexAsync();
        await using var host = await RunningHost.StartAsync($"--Search:CorpusPath={scenario.Corpus}", $"--Search:IndexPath={scenario.Index}");
        await host.WaitForIndexAsync(TimeSpan.FromSeconds(60));

        var landed = Stopwatch.GetTimestamp();
        File.WriteAllText(Path.Combine(scenario.Corpus, "new.txt"), Laixi);
        while (!(await (await host.GetAsync("/api/search", ("q", "协调发展新优势"))).Content.ReadAsStringAsync()).Contains("new-1"))
        {
            Assert.True(Stopwatch.GetElapsedTime(landed) < TimeSpan.FromSeconds(10), "the new page was not searchable after 10 s; log: " + string.Join('\n', host.LogLines));
            await Task.Delay(20);
        }

        await host.WaitForLogAsync("Index updated (the corpus changed: 1 file(s) added, 0 changed, 0 removed; 1 article analysed): 10 articles");
        File.Delete(Path.Combine(scenario.Corpus, "new.txt"));
        await host.WaitForLogAsync("Index updated (the corpus changed: 0 file(s) added, 0 changed, 1 removed; 0 articles analysed): 9 articles");
    }

    [Fact]
    public async Task A_commit_the_command_line_made_is_served_without_a_restart()
    {
        using var scenario = new RebuildScenario();
        await scenario.BuildInitialIndexAsync();
        // Polling only at the command line's pace: the host must not index the page itself first.
        await using var host = await RunningHost.StartAsync($"--Search:CorpusPath={scenario.Corpus}",
            $"--Search:IndexPath={scenario.Index}", "--Search:IndexPollSeconds=0.2");
        await host.WaitForIndexAsync(TimeSpan.FromSeconds(60));

        using (var indexer = new IndexManager(new SearchPaths(scenario.Corpus, scenario.Index), WordAnalyzer.Default)) // as `search index` does, in its own process
        {
            await indexer.EnsureLoadedAsync();
            File.WriteAllText(Path.Combine(scenario.Corpus, "new.txt"), Laixi);
            await indexer.BuildAsync(force: true);
        }

        await host.WaitForLogAsync("Index loaded (another process committed a new index): 10 articles");
        var readiness = await host.Client.GetFromJsonAsync<Dictionary<string, object>>("/readyz");
        Assert.Equal("10", readiness!["articles"].ToString());
        var search = await host.GetAsync("/api/search", ("q", "攻坚克难"));
        Assert.Contains("new-1", await search.Content.ReadAsStringAsync());
    }
}
