using System.Text.Json;

namespace Search.Cli.Tests;

[Collection(nameof(EnvironmentVariableTests))]
public sealed class ConfigCommandTests
{
    [Fact]
    public void A_command_line_setting_overrides_the_default()
    {
        var run = CliRun.Of("config", "--Search:CorpusPath=/data/pages");

        Assert.Equal(0, run.ExitCode);
        var settings = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal("/data/pages", settings.GetProperty("corpusDirectory").GetString());
        Assert.Equal("index", settings.GetProperty("indexPath").GetString());
    }

    [Fact]
    public void Shows_traditional_folding_and_pinyin_on_by_default_and_off_when_told()
    {
        var defaults = JsonDocument.Parse(CliRun.Of("config").Output).RootElement;
        var off = JsonDocument.Parse(CliRun.Of("config", "--Search:FoldTraditional=false", "--Search:Pinyin=false").Output).RootElement;

        Assert.True(defaults.GetProperty("foldTraditional").GetBoolean());
        Assert.True(defaults.GetProperty("pinyin").GetBoolean());
        Assert.False(off.GetProperty("foldTraditional").GetBoolean());
        Assert.False(off.GetProperty("pinyin").GetBoolean());
    }

    [Fact]
    public void An_environment_variable_sets_a_value_and_the_command_line_beats_it()
    {
        Environment.SetEnvironmentVariable("Search__IndexPath", "/from/env");
        try
        {
            var fromEnvironment = JsonDocument.Parse(CliRun.Of("config").Output).RootElement;
            var fromArguments = JsonDocument.Parse(CliRun.Of("config", "--Search:IndexPath", "/from/args").Output).RootElement;

            Assert.Equal("/from/env", fromEnvironment.GetProperty("indexDirectory").GetString());
            Assert.Equal("/from/args", fromArguments.GetProperty("indexDirectory").GetString());
        }
        finally
        {
            Environment.SetEnvironmentVariable("Search__IndexPath", null);
        }
    }

    [Fact]
    public void An_unknown_command_fails_with_a_message()
    {
        var run = CliRun.Of("frobnicate");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("frobnicate", run.Error);
    }
}

/// <summary>Tests that set process environment variables must not run beside each other.</summary>
[CollectionDefinition(nameof(EnvironmentVariableTests), DisableParallelization = true)]
public sealed class EnvironmentVariableTests;
