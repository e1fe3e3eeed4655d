using Search.Index.Storage;

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
}
