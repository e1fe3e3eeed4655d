using Search.Tests;
using Xunit.Abstractions;

namespace Search.Host.Tests;

/// <summary>
/// The host itself (a real <c>Search.Host</c> process) SIGKILLed while it writes: it starts against a
/// corpus that changed, so it updates the index at once. Each time, the index on disk must hold
/// the articles of the old commit, or of the complete new one once a start got to its commit.
/// </summary>
public sealed class HostKillTests(ITestOutputHelper output) : IDisposable
{
    private const int Kills = 5;
    private readonly RebuildScenario _scenario = new();

    public void Dispose() => _scenario.Dispose();

    [Fact]
    public async Task A_host_killed_while_updating_leaves_the_articles_of_the_last_commit()
    {
        var before = await _scenario.BuildInitialIndexAsync();
        _scenario.AddBulkArticles(800);
        var random = new Random(11);
        var survived = 0;
        string? after = null;
        for (var kill = 0; kill < Kills; kill++)
        {
            _scenario.RestoreInitialIndex();
            using var host = RebuildScenario.StartDotnet("Search.Host.dll", "--urls=http://127.0.0.1:0",
                $"--Search:CorpusPath={_scenario.Corpus}", $"--Search:IndexPath={_scenario.Index}");
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(300, 4000)));
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();

            var answers = _scenario.Answers();
            if (answers == before)
                survived++;
            else
                after ??= answers;
            Assert.True(answers == before || answers == after, $"kill {kill}: the index holds neither the old commit nor the new one");
            output.WriteLine($"kill {kill}: the index holds the {(answers == before ? "old" : "new")} commit");
        }

        Assert.True(survived > 0, "no kill landed before the commit; lengthen the update");
        output.WriteLine($"{Kills} host kills, the old index survived {survived}");
    }
}
