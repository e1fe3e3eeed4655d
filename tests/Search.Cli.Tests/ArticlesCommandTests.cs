using System.Text.Json;

namespace Search.Cli.Tests;

public sealed class ArticlesCommandTests
{
    [Fact]
    public void Prints_one_json_object_per_article_of_the_configured_corpus()
    {
        var run = CliRun.Of("articles");

        Assert.Equal(0, run.ExitCode);
        var articles = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(9, articles.Count);
        Assert.Equal("崂山区：聚力做到“七个提质争先”", articles[0].GetProperty("title").GetString());
        Assert.Equal("2024-02-05", articles[0].GetProperty("date").GetString());
        var place = articles[0].GetProperty("places")[0];
        Assert.Equal(("370212", "崂山区", "county"), (place.GetProperty("code").GetString(), place.GetProperty("name").GetString(), place.GetProperty("level").GetString()));
    }

    [Fact]
    public void Reports_skipped_files_on_standard_error_and_prints_the_rest()
    {
        var folder = Directory.CreateTempSubdirectory("cli-corpus-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "page.txt"), "平度市：建设幸福平度\n\n1月7日,平度市人民代表大会开幕。");
            File.WriteAllBytes(Path.Combine(folder, "empty.txt"), []);

            var run = CliRun.Of("articles", folder);

            Assert.Equal(0, run.ExitCode);
            Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("warning: empty.txt: open: the file is empty", run.Error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_missing_folder_fails_with_a_message()
    {
        var run = CliRun.Of("articles", "/no/such/folder");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
    }
}
