using System.Text;
using Search.Tests;

namespace Search.Cli.Tests;

public sealed class FiguresCommandTests : IDisposable
{
    private readonly string _index = Directory.CreateTempSubdirectory("cli-figures-").FullName;

    private CliRun Figures(params string[] args) =>
        CliRun.Of([.. args, $"--Search:CorpusPath={RepositoryRoot.Combine("corpus")}", $"--Search:IndexPath={_index}"]);

    [Fact]
    public void Prints_a_line_per_figure_for_the_filters()
    {
        var run = Figures("figures", "--district", "崂山", "--year", "2023");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.Equal("2023\t崂山区\t实际\t地区生产总值\t增速\t7%\t001_01de4e52b08519b1-1", lines[0]);
    }

    [Fact]
    public void An_indicator_may_be_given_by_another_of_its_names()
    {
        var run = Figures("figures", "--district", "崂山", "--year", "2023", "--indicator", "GDP");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, line => Assert.Contains("\t地区生产总值\t", line));
    }

    [Fact]
    public void Writes_the_csv_of_the_api_with_its_byte_order_mark()
    {
        var run = Figures("figures", "--year", "2025", "--csv");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(Encoding.UTF8.GetString(Encoding.UTF8.GetPreamble()) + "district,year,kind,indicator", run.Output);
        Assert.Equal(13, run.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length); // the header, 胶州市 6, 平度市 6
    }

    [Fact]
    public void An_unknown_district_or_indicator_is_an_error_naming_the_option()
    {
        var run = Figures("figures", "--district", "火星区", "--indicator", "幸福指数");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--place: \"火星区\" is not a place", run.Error);
        Assert.Contains("--indicator: \"幸福指数\" is not an indicator", run.Error);
    }

    public void Dispose() => Directory.Delete(_index, recursive: true);
}
