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
    public async Task By_default_the_corpus_is_the_repositorys_corpus_folder()
    {
        await using var host = await RunningHost.StartAsync();

        var paths = host.Services.GetRequiredService<SearchPaths>();

        Assert.Equal(Search.Tests.RepositoryRoot.Combine("corpus"), paths.CorpusDirectory);
    }
}
