using System.Net.Http.Json;
using Search.Analysis;
using Search.Engine;
using Search.Engine.Indexing;
using Search.Index.Storage;
using Search.Tests;

namespace Search.Host.Tests;

public sealed class IndexLoadingTests
{
    [Fact]
    public async Task On_first_start_the_host_builds_the_index_from_the_corpus_while_already_answering()
    {
        await using var host = await RunningHost.StartAsync();

        var health = await host.Client.GetAsync("/healthz");
        var searcher = await host.WaitForIndexAsync(TimeSpan.FromSeconds(60));

        Assert.True(health.IsSuccessStatusCode);
        Assert.Equal(9, searcher.Index.Count);
        await host.WaitForLogAsync("Index built (no index file): 9 articles");
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

            Assert.True(File.Exists(IndexFile.PathIn(indexDirectory)));
            await second.WaitForLogAsync("Index reused: 9 articles");
        }
        finally
        {
            Directory.Delete(indexDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task An_index_the_command_line_swaps_in_is_served_without_a_restart()
    {
        using var scenario = new RebuildScenario();
        await scenario.BuildInitialIndexAsync();
        await using var host = await RunningHost.StartAsync($"--Search:CorpusPath={scenario.Corpus}",
            $"--Search:IndexPath={scenario.Index}", "--Search:IndexPollSeconds=0.2");
        await host.WaitForIndexAsync(TimeSpan.FromSeconds(60));

        File.WriteAllText(Path.Combine(scenario.Corpus, "new.txt"), "莱西市：攻坚克难\n\n1月6日，莱西市人民代表大会开幕。2025年，莱西市将建设青岛北部协调发展新优势。");
        var indexer = new IndexManager(new SearchPaths(scenario.Corpus, scenario.Index), WordAnalyzer.Default);
        await indexer.BuildAsync(force: false); // as `search index` does, from its own IndexManager
        indexer.Current!.Index.Dispose();

        await host.WaitForLogAsync("Index loaded (another process swapped in a new index file): 10 articles");
        var readiness = await host.Client.GetFromJsonAsync<Dictionary<string, object>>("/readyz");
        Assert.Equal("10", readiness!["articles"].ToString());
        var search = await host.GetAsync("/api/search", ("q", "攻坚克难"));
        Assert.Contains("new-1", await search.Content.ReadAsStringAsync());
    }
}
