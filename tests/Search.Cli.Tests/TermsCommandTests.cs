using System.Text;
using Search.Tests;

namespace Search.Cli.Tests;

public sealed class TermsCommandTests : IDisposable
{
    private readonly string _index = Directory.CreateTempSubdirectory("cli-terms-").FullName;

    private CliRun Terms(params string[] args) =>
        CliRun.Of(["terms", .. args, $"--Search:CorpusPath={RepositoryRoot.Combine("corpus")}", $"--Search:IndexPath={_index}"]);

    private static string[] Lines(CliRun run) => run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void New_prints_a_line_per_term_with_its_counts_and_first_use()
    {
        var run = Terms("new", "--place", "崂山", "--size", "3");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2024: ", run.Error); // the place's latest year, and what it is new against
        Assert.Equal(3, Lines(run).Length);
        Assert.Equal("提质争先\t23\t2\t31.54\tfirst 2024 崂山区\tlater 0", Lines(run)[0]);
    }

    [Fact]
    public void Changes_and_distinctive_list_their_terms()
    {
        var changes = Terms("changes", "--place", "崂山区", "--from", "2023", "--to", "2024", "--size", "2");
        Assert.Equal(0, changes.ExitCode);
        Assert.Equal(["rising", "rising", "fading", "fading"], Lines(changes).Select(line => line.Split('\t')[0]));

        var distinctive = Terms("distinctive", "--place", "崂山区", "--year", "2024");
        Assert.Equal(0, distinctive.ExitCode);
        Assert.Contains(Lines(distinctive), line => line.StartsWith("提质争先\t", StringComparison.Ordinal));
    }

    [Fact]
    public void Trend_writes_the_csv_of_the_api()
    {
        var run = Terms("trend", "提质争先", "--place", "崂山区");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Encoding.UTF8.GetString(Encoding.UTF8.GetPreamble()) + "year,place_code,place,mentions,articles,characters,per_10000_characters\r\n" +
            "2023,370212,崂山区,0,0,3896,0\r\n2024,370212,崂山区,23,2,7293,31.54\r\n", run.Output);
    }

    [Fact]
    public void An_unknown_place_is_an_error_naming_the_option()
    {
        var run = Terms("new", "--place", "火星区");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--place: \"火星区\" is not a place", run.Error);
        Assert.NotEqual(0, Terms("distinctive").ExitCode); // whose terms, against the others'?
    }

    public void Dispose() => Directory.Delete(_index, recursive: true);
}
