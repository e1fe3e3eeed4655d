namespace Search.Cli.Tests;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public void Prints_term_start_end_lines_in_the_golden_files_format()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "新增城乡就业1.7万人以上。");

            var run = CliRun.Of("analyze", file);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal("新增\t0\t2\n城乡\t2\t4\n就业\t4\t6\n1\t6\t7\n7\t8\t9\n万\t9\t10\n人\t10\t11\n以上\t11\t13\n", run.Output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void With_increments_a_fourth_column_shows_the_gaps_left_by_punctuation()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "6.5%");

            Assert.Equal("6\t0\t1\t1\n5\t2\t3\t2\n", CliRun.Of("analyze", "--increments", file).Output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("smartcn", "上 合 示范区 增长 6 5")]
    [InlineData("words", "上合示范区 增长 6 6.5% 5")]
    [InlineData("recall", "上 合 示 范 区 增 长 6 . 5 %")]
    [InlineData("bigrams", "上合 合示 示范 范区 区增 增长 长6 6. .5 5%")]
    public void A_pipeline_option_shows_what_the_index_makes_of_a_text(string pipeline, string terms)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "上合示范区增长6.5%");

            var run = CliRun.Of("analyze", "--pipeline", pipeline, file);

            Assert.Equal(terms, string.Join(' ', run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('\t')[0])));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_missing_file_is_an_error_with_a_message()
    {
        var run = CliRun.Of("analyze", "/no/such/file.txt");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no such file", run.Error);
    }
}
