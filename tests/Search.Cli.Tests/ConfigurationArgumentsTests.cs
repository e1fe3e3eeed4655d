namespace Search.Cli.Tests;

public sealed class ConfigurationArgumentsTests
{
    [Fact]
    public void Settings_in_key_equals_value_form_go_to_configuration()
    {
        var (configuration, command) = ConfigurationArguments.Split(["articles", "--Search:CorpusPath=/x", "corpus"]);

        Assert.Equal(["--Search:CorpusPath=/x"], configuration);
        Assert.Equal(["articles", "corpus"], command);
    }

    [Fact]
    public void Settings_in_key_space_value_form_take_the_next_word_with_them()
    {
        var (configuration, command) = ConfigurationArguments.Split(["--search:IndexPath", "/idx", "config"]);

        Assert.Equal(["--search:IndexPath", "/idx"], configuration);
        Assert.Equal(["config"], command);
    }

    [Fact]
    public void Command_options_are_left_to_the_command()
    {
        var (configuration, command) = ConfigurationArguments.Split(["analyze", "--pipeline", "index"]);

        Assert.Empty(configuration);
        Assert.Equal(["analyze", "--pipeline", "index"], command);
    }
}
