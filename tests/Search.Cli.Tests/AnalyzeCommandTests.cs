namespace Search.Cli.Tests;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public void Prints_term_start_end_lines_in_the_golden_files_format()
    {
        using var file = new TextFile("新增城乡就业1.7万人以上。");

        var run = CliRun.Of("analyze", file.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("新增\t0\t2\n城乡\t2\t4\n就业\t4\t6\n1\t6\t7\n7\t8\t9\n万\t9\t10\n人\t10\t11\n以上\t11\t13\n", run.Output);
    }

    [Fact]
    public void With_increments_a_fourth_column_shows_the_gaps_left_by_punctuation()
    {
        using var file = new TextFile("6.5%");

        Assert.Equal("6\t0\t1\t1\n5\t2\t3\t2\n", CliRun.Of("analyze", "--increments", file.Path).Output);
    }

    [Theory]
    [InlineData("smartcn", "上 合 示范区 增长 6 5")]
    [InlineData("words", "上合示范区 增长 6 6.5% 5")]
    [InlineData("recall", "上 合 示 范 区 增 长 6 . 5 %")]
    [InlineData("bigrams", "上合 合示 示范 范区 区增 增长 长6 6. .5 5%")]
    public void A_pipeline_option_shows_what_the_index_makes_of_a_text(string pipeline, string terms)
    {
        using var file = new TextFile("上合示范区增长6.5%");

        var run = CliRun.Of("analyze", "--pipeline", pipeline, file.Path);

        Assert.Equal(terms, string.Join(' ', run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('\t')[0])));
    }

    [Theory]
    [InlineData(new string[0], "崂山区 优化 营商环境")]
    [InlineData(new[] { "--Search:FoldTraditional=false" }, "嶗 山 區 優 化 營 商 環 境")]
    public void The_word_pipeline_folds_traditional_characters_unless_told_not_to(string[] settings, string terms)
    {
        using var file = new TextFile("嶗山區優化營商環境");

        var run = CliRun.Of([.. settings, "analyze", "--pipeline", "words", file.Path]);

        Assert.Equal(terms, string.Join(' ', run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('\t')[0])));
    }

    [Fact]
    public void The_pinyin_pipeline_shows_each_words_readings_and_says_when_pinyin_is_off()
    {
        using var file = new TextFile("崂山区行长");

        var on = CliRun.Of("analyze", "--pipeline", "pinyin", file.Path);
        var off = CliRun.Of("--Search:Pinyin=false", "analyze", "--pipeline", "pinyin", file.Path);

        Assert.Equal("崂山区\t0\t3\tlao shan qu/ou\n行长\t3\t5\thang/heng/xing chang/zhang\n", on.Output);
        Assert.Equal("崂山区\t0\t3\n行长\t3\t5\n", off.Output);
        Assert.Contains("Search:Pinyin=false", off.Error);
    }

    [Fact]
    public void A_missing_file_is_an_error_with_a_message()
    {
        var run = CliRun.Of("analyze", "/no/such/file.txt");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no such file", run.Error);
    }

    /// <summary>A temporary UTF-8 file holding a text, deleted when disposed.</summary>
    private sealed class TextFile : IDisposable
    {
        public TextFile(string text) => File.WriteAllText(Path, text);

        public string Path { get; } = System.IO.Path.GetTempFileName();

        public void Dispose() => File.Delete(Path);
    }
}
