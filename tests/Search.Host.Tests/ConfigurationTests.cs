using Microsoft.Extensions.DependencyInjection;
using Search.Engine;

namespace Search.Host.Tests;

public sealed class ConfigurationTests
{
    [Fact]
    public async Task Search_settings_come_from_the_command_line_the_aspnet_way()
    {
        var corpus = Path.Combine(Path.GetTempPath(), "pages");
        await using var host = await RunningHost.StartAsync($"--Search:CorpusPath={corpus}");

        var paths = host.Services.GetRequiredService<SearchPaths>();

        Assert.Equal(corpus, paths.CorpusDirectory);
    }

    [Fact]
    public async Task Default_paths_are_the_corpus_and_index_folders_of_the_repository()
    {
        await using var host = await RunningHost.StartAsync();

        var paths = host.Services.GetRequiredService<SearchPaths>();
        var root = SearchPaths.FindRepositoryRoot(AppContext.BaseDirectory);

        Assert.NotNull(root);
        Assert.Equal(Path.Combine(root, "corpus"), paths.CorpusDirectory);
        Assert.Equal(Path.Combine(root, "index"), paths.IndexDirectory);
    }
}
