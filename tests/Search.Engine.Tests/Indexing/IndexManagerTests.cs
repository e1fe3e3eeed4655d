using Microsoft.Data.Sqlite;
using Search.Analysis;
using Search.Engine.Indexing;
using Search.Index.Storage;

namespace Search.Engine.Tests.Indexing;

public sealed class IndexManagerTests : IDisposable
{
    private const string Pingdu = "平度市：建设幸福平度\n\n1月7日,平度市人民代表大会开幕。2025年,平度市将统筹发展民生实事。";
    private const string Laixi = "莱西市：攻坚克难\n\n1月6日，莱西市人民代表大会开幕。2025年，莱西市将攻坚突破。";

    private readonly string _corpus = Directory.CreateTempSubdirectory("corpus-").FullName;
    private readonly string _indexDirectory = Directory.CreateTempSubdirectory("index-").FullName;

    public void Dispose()
    {
        Directory.Delete(_corpus, recursive: true);
        Directory.Delete(_indexDirectory, recursive: true);
    }

    private IndexManager NewManager(WordAnalyzer? analyzer = null) =>
        new(new SearchPaths(_corpus, _indexDirectory), analyzer ?? WordAnalyzer.Default);

    private void WritePage(string name, string text) => File.WriteAllText(Path.Combine(_corpus, name), text);

    [Fact]
    public async Task The_first_start_builds_the_index_and_the_next_reuses_it()
    {
        WritePage("a.txt", Pingdu);

        var first = await NewManager().EnsureLoadedAsync();
        var second = await NewManager().EnsureLoadedAsync();

        Assert.False(first.Reused);
        Assert.Equal(1, first.Articles);
        Assert.True(second.Reused);
        Assert.True(File.Exists(IndexFile.PathIn(_indexDirectory)));
    }

    [Fact]
    public async Task A_changed_corpus_is_indexed_again()
    {
        WritePage("a.txt", Pingdu);
        await NewManager().EnsureLoadedAsync();
        WritePage("b.txt", Laixi);

        var manager = NewManager();
        var report = await manager.EnsureLoadedAsync();

        Assert.False(report.Reused);
        Assert.Equal("the corpus changed", report.Reason);
        Assert.Equal(2, manager.Current!.Index.Count);
    }

    [Fact]
    public async Task An_index_built_with_another_analyzer_is_rebuilt_not_misread()
    {
        WritePage("a.txt", Pingdu);
        await NewManager(WordAnalyzer.SmartCnOnly).EnsureLoadedAsync();

        var report = await NewManager().EnsureLoadedAsync();

        Assert.False(report.Reused);
        Assert.Equal("built with another analyzer", report.Reason);
    }

    [Fact]
    public async Task An_index_of_another_format_version_is_rebuilt_not_misread()
    {
        WritePage("a.txt", Pingdu);
        var first = NewManager();
        await first.EnsureLoadedAsync();
        first.Current!.Index.Dispose(); // a served index keeps its file open, with a read lock
        var older = IndexMetadata.CurrentFormatVersion - 1;
        using (var connection = new SqliteConnection($"Data Source={IndexFile.PathIn(_indexDirectory)};Pooling=False"))
        {
            connection.Open();
            using var update = connection.CreateCommand();
            update.CommandText = "UPDATE meta SET value = $version WHERE key = 'format_version'";
            update.Parameters.AddWithValue("$version", older.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(1, update.ExecuteNonQuery());
        }

        var manager = NewManager();
        var report = await manager.EnsureLoadedAsync();

        Assert.False(report.Reused);
        Assert.Equal($"index format {older}, this code writes {IndexMetadata.CurrentFormatVersion}", report.Reason);
        Assert.Equal(1, manager.Current!.Index.Count);
        Assert.Equal(IndexMetadata.CurrentFormatVersion, IndexFile.ReadMetadata(IndexFile.PathIn(_indexDirectory)).Metadata!.FormatVersion);
    }

    [Fact]
    public async Task An_index_another_process_swapped_in_is_served_and_looked_at_only_when_the_file_changes()
    {
        WritePage("a.txt", Pingdu);
        var serving = NewManager();
        await serving.EnsureLoadedAsync();
        Assert.Null(await serving.LoadIfReplacedAsync()); // the file it loaded itself

        WritePage("b.txt", Laixi);
        var other = NewManager(); // what `search index` does in its own process
        await other.BuildAsync(force: false);
        other.Current!.Index.Dispose();
        var report = await serving.LoadIfReplacedAsync();

        Assert.NotNull(report);
        Assert.Null(report.Problem);
        Assert.Equal("another process swapped in a new index file", report.Reason);
        Assert.Equal(2, serving.Current!.Index.Count);
        Assert.Null(await serving.LoadIfReplacedAsync());
    }

    [Fact]
    public async Task A_swapped_in_file_that_cannot_be_served_is_reported_and_the_loaded_index_stays()
    {
        WritePage("a.txt", Pingdu);
        var serving = NewManager();
        await serving.EnsureLoadedAsync();
        var replacement = IndexFile.PathIn(_indexDirectory) + ".new";
        File.WriteAllText(replacement, "not an index");
        File.Move(replacement, IndexFile.PathIn(_indexDirectory), overwrite: true);

        var report = await serving.LoadIfReplacedAsync();

        Assert.NotNull(report);
        Assert.StartsWith("the index file on disk cannot be served", report.Problem);
        Assert.EndsWith("still serving the one loaded before", report.Problem);
        Assert.Equal(1, serving.Current!.Index.Count);
        Assert.Single(serving.Current.Search(new Engine.Searching.SearchRequest("民生实事")).Hits);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("empty")]
    public async Task A_damaged_index_file_is_detected_and_rebuilt_from_the_corpus(string damage)
    {
        WritePage("a.txt", Pingdu);
        await NewManager().EnsureLoadedAsync();
        var path = IndexFile.PathIn(_indexDirectory);
        SqliteConnection.ClearAllPools();
        switch (damage)
        {
            case "truncated":
                using (var file = new FileStream(path, FileMode.Open))
                    file.SetLength(file.Length / 3);
                break;
            case "garbage":
                File.WriteAllBytes(path, Enumerable.Range(0, 70_000).Select(i => (byte)(i * 7)).ToArray());
                break;
            default:
                File.WriteAllBytes(path, []);
                break;
        }

        var manager = NewManager();
        var report = await manager.EnsureLoadedAsync();

        Assert.False(report.Reused);
        Assert.Equal(1, manager.Current!.Search(new("民生实事")).Total);
    }

    [Fact]
    public async Task A_crash_just_before_the_swap_leaves_the_previous_index_serving_and_on_disk()
    {
        WritePage("a.txt", Pingdu);
        var manager = NewManager();
        await manager.EnsureLoadedAsync();
        var serving = manager.Current;
        WritePage("b.txt", Laixi);
        manager.BeforeSwap = () => throw new IOException("simulated crash");

        await Assert.ThrowsAsync<IOException>(() => manager.BuildAsync(force: true));

        Assert.Same(serving, manager.Current);
        Assert.Equal(1, manager.Current!.Search(new("")).Total);
        Assert.Empty(Directory.GetFiles(_indexDirectory, "*.building-*"));
        var (metadata, _) = IndexFile.ReadMetadata(IndexFile.PathIn(_indexDirectory));
        Assert.Equal(1, metadata!.ArticleCount);
    }

    [Fact]
    public async Task A_rebuild_swaps_the_new_index_in_while_a_search_holding_the_old_one_completes()
    {
        WritePage("a.txt", Pingdu);
        var manager = NewManager();
        await manager.EnsureLoadedAsync();
        WritePage("b.txt", Laixi);

        using (var inFlight = manager.Lease()!)
        {
            await manager.BuildAsync(force: false);

            Assert.NotSame(inFlight.Searcher, manager.Current);
            var old = inFlight.Searcher.Search(new("民生实事"));
            Assert.Equal(1, old.Total);
            Assert.Contains("<mark>民生实事</mark>", old.Hits[0].Snippets[0]);
        }
        using var current = manager.Lease()!;
        Assert.Equal(2, current.Searcher.Search(new("")).Total);
    }

    [Fact]
    public async Task Searches_running_beside_repeated_rebuilds_never_fail()
    {
        WritePage("a.txt", Pingdu);
        var manager = NewManager();
        await manager.EnsureLoadedAsync();
        using var stop = new CancellationTokenSource();
        var searches = 0;
        var searching = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var lease = manager.Lease()!;
                Assert.InRange(lease.Searcher.Search(new("民生实事")).Hits.Count, 1, 1);
                searches++;
            }
        });

        for (var i = 0; i < 5; i++)
            await manager.BuildAsync(force: true);
        await stop.CancelAsync();
        await searching;

        Assert.True(searches > 0);
    }

    [Fact]
    public async Task A_corpus_that_yields_nothing_never_replaces_an_index_that_has_articles()
    {
        WritePage("a.txt", Pingdu);
        await NewManager().EnsureLoadedAsync();
        File.Delete(Path.Combine(_corpus, "a.txt"));
        WritePage("broken.txt", "");

        var manager = NewManager();
        var report = await manager.EnsureLoadedAsync();

        Assert.Contains("kept", report.Problem);
        Assert.Equal(1, manager.Current!.Index.Count);
        Assert.Contains(report.Warnings, warning => warning.File == "broken.txt");
    }

    [Fact]
    public async Task A_corpus_file_changed_while_being_indexed_is_reported_and_indexed_again_next_time()
    {
        WritePage("a.txt", Pingdu);
        var manager = NewManager();
        manager.BeforeSwap = () => WritePage("a.txt", Laixi); // after the file was read, before the swap

        var report = await manager.EnsureLoadedAsync();
        var next = await NewManager().EnsureLoadedAsync();

        Assert.Contains(report.Warnings, warning => warning.Reason.Contains("changed while it was being indexed"));
        Assert.Equal("平度市：建设幸福平度", manager.Current!.Index.Summary(0).Title);
        Assert.False(next.Reused);
        Assert.Equal("the corpus changed", next.Reason);
    }

    [Fact]
    public async Task Leftover_temporary_files_of_a_killed_build_are_removed()
    {
        WritePage("a.txt", Pingdu);
        File.WriteAllText(Path.Combine(_indexDirectory, IndexFile.FileName + ".building-deadbeef"), "half a file");

        await NewManager().EnsureLoadedAsync();

        Assert.Empty(Directory.GetFiles(_indexDirectory, "*.building-*"));
    }
}
