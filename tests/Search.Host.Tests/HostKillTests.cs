using Search.Tests;
using Xunit.Abstractions;

namespace Search.Host.Tests;

/// <summary>
/// The host itself (a real <c>Search.Host</c> process) SIGKILLed while it rebuilds: it starts against a
/// corpus that changed, so it rebuilds at once. Each time, the index on disk must still load and
/// answer as before, or as the complete new index once a start finished its swap.
/// </summary>
public sealed class HostKillTests(ITestOutputHelper output) : IDisposable
{
    private const int Kills = 5;
    private readonly RebuildScenario _scenario = new();

    public void Dispose() => _scenario.Dispose();

    [Fact]
    public async Task A_host_killed_while_rebuilding_leaves_a_valid_index_answering_as_before()
    {
        var before = await _scenario.BuildInitialIndexAsync();
        _scenario.AddBulkArticles(1500);
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
            Assert.True(answers == before || answers == after, $"kill {kill}: the index answers neither as before nor as the full rebuild");
            output.WriteLine($"kill {kill}: index answers {(answers == before ? "as before" : "as rebuilt")}");
        }

        Assert.True(survived > 0, "no kill landed during a rebuild; lengthen it");
        output.WriteLine($"{Kills} host kills, the old index survived {survived}");
    }
}
