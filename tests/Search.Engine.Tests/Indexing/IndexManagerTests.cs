using Search.Analysis;
using Search.Engine.Figures;
using Search.Engine.Indexing;
using Search.Engine.Searching;
using Search.Index;
using Search.Rendering;

namespace Search.Engine.Tests.Indexing;

public sealed class IndexManagerTests : IndexFolders
{
    [Fact]
    public async Task The_first_start_builds_the_index_and_the_next_reuses_it()
    {
        Write("a.txt", Pingdu);

        var first = await NewManager().EnsureLoadedAsync();
        var second = await NewManager().EnsureLoadedAsync();

        Assert.Equal(IndexAction.Built, first.Action);
        Assert.Equal("there is no index yet", first.Reason);
        Assert.Equal(1, first.Articles);
        Assert.Equal(IndexAction.Reused, second.Action);
        Assert.Equal(["a-1"], CommittedIds());
    }

    [Fact]
    public async Task A_page_added_to_the_corpus_is_indexed_alone()
    {
        Write("a.txt", Pingdu);
        var manager = NewManager();
        await manager.EnsureLoadedAsync();
        Write("b.txt", Laixi);

        var report = await manager.UpdateAsync();

        Assert.NotNull(report);
        Assert.Equal(IndexAction.Updated, report.Action);
        Assert.Equal(new CorpusChanges(Added: 1, Changed: 0, Removed: 0), report.Changes);
        Assert.Equal(1, report.Analysed);
        Assert.Equal(2, manager.Latest()!.Index.Count);
        Assert.Equal(1, Total(manager, "攻坚突破"));
        Assert.Equal(["a-1", "b-1"], CommittedIds());
    }

    [Fact]
    public async Task A_changed_page_replaces_its_articles_and_a_removed_one_takes_them_away()
    {
        Write("a.txt", Pingdu);
        Write("b.txt", Laixi);
        var manager = NewManager();
        await manager.EnsureLoadedAsync();

        Write("a.txt", Jimo);
        var changed = await manager.UpdateAsync();
        File.Delete(Path.Combine(CorpusDirectory, "b.txt"));
        var removed = await manager.UpdateAsync();

        Assert.Equal(new CorpusChanges(0, 1, 0), changed!.Changes);
        Assert.Equal(new CorpusChanges(0, 0, 1), removed!.Changes);
        Assert.Equal(0, removed.Analysed);
        Assert.Equal(1, manager.Latest()!.Index.Count);
        Assert.Equal(1, Total(manager, "海洋经济"));
        Assert.Equal(0, Total(manager, "民生实事"));
        Assert.Equal(0, Total(manager, "攻坚突破"));
        Assert.Equal(["a-1"], CommittedIds());
    }

    [Fact]
    public async Task Updates_are_diffed_against_file_versions_kept_from_the_last_commit_which_equal_a_fresh_read_of_the_index()
    {
        Write("b.jsonl", """{"id": "x-1", "title": "第一篇", "body": "第一篇的正文"}""" + "\n" + """{"id": "x-2", "title": "第二篇", "body": "第二篇的正文"}""");
        Write("c.txt", Pingdu);
        var manager = NewManager();
        await manager.EnsureLoadedAsync();

        Write("a.jsonl", """{"id": "x-1", "title": "新的第一篇", "body": "新的正文"}"""); // a file earlier in corpus order takes x-1 from b.jsonl
        await manager.UpdateAsync();
        AssertKeptEqualsFresh();
        Assert.Equal(1, manager.IndexedFiles().Versions!["b.jsonl"].Articles);

        Write("c.txt", Jimo);
        await manager.UpdateAsync();
        AssertKeptEqualsFresh();
        File.Delete(Path.Combine(CorpusDirectory, "c.txt"));
        await manager.UpdateAsync();
        AssertKeptEqualsFresh();
        Assert.DoesNotContain("c.txt", manager.IndexedFiles().Versions!.Keys);
        Assert.Equal(1, manager.IndexedFiles().WholeReads); // once, at the first update; kept since

        void AssertKeptEqualsFresh() => Assert.Equal(
            manager.Latest()!.Index.FileVersions().OrderBy(pair => pair.Key, StringComparer.Ordinal),
            manager.IndexedFiles().Versions!.OrderBy(pair => pair.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_pages_key_figures_are_committed_and_replaced_with_its_articles()
    {
        Write("a.txt", Pingdu + "生产总值增长5.5%以上。");
        var manager = NewManager();
        await manager.EnsureLoadedAsync();
        var before = FigureFinder.Find(manager.Latest()!.Index, new FigureRequest());

        Write("a.txt", Pingdu + "生产总值增长6%,一般公共预算收入增长3%。");
        await manager.UpdateAsync();
        var after = FigureFinder.Find(manager.Latest()!.Index, new FigureRequest());

        Assert.Equal([("平度市", 2025, 5.5m)], before.Select(row => (row.Figure.Place.Name, row.Figure.Year, row.Figure.Value!.Value)));
        Assert.Equal([("地区生产总值", 6m), ("一般公共预算收入", 3m)], after.Select(row => (row.Figure.Indicator, row.Figure.Value!.Value)));
        Assert.Equal("平度市：建设幸福平度", after[0].ArticleTitle);
    }

    [Fact]
    public async Task A_changed_sidecar_makes_its_page_read_again()
    {
        Write("a.txt", Pingdu);
        var manager = NewManager();
        await manager.EnsureLoadedAsync();

        Write("a.meta.json", """{"year": 2019}""");
        var report = await manager.UpdateAsync();

        Assert.Equal(new CorpusChanges(0, 1, 0), report!.Changes);
        Assert.Equal(1, manager.Latest()!.Search(new SearchRequest("", Years: [2019])).Total);
    }

    [Fact]
    public async Task An_unchanged_corpus_is_not_read_again_and_nor_is_a_file_that_yields_nothing()
    {
        Write("a.txt", Pingdu);
        var manager = NewManager();
        await manager.EnsureLoadedAsync();
        Write("empty.txt", "");

        var first = await manager.UpdateAsync();
        var second = await manager.UpdateAsync();

        Assert.NotNull(first);
        Assert.Contains(first.Warnings, warning => warning.File == "empty.txt");
        Assert.Null(second);
        Assert.Null(await NewManager().UpdateAsync()); // nothing served by that one: nothing to update
    }

    [Fact]
    public async Task An_index_built_with_another_analyzer_is_rebuilt_not_misread()
    {
        Write("a.txt", Pingdu);
        using (var other = new IndexManager(new SearchPaths(CorpusDirectory, IndexDirectory), WordAnalyzer.SmartCnOnly))
            await other.EnsureLoadedAsync();

        var report = await NewManager().EnsureLoadedAsync();

        Assert.Equal(IndexAction.Built, report.Action);
        Assert.Equal("built with another analyzer", report.Reason);
    }

    [Theory]
    [InlineData(IndexMetadata.CurrentFormatVersion - 1, "index format 15, this code writes 16")]
    [InlineData(null, "the index was not written by this service")]
    public async Task An_index_of_another_format_or_program_is_rebuilt_not_misread(int? format, string reason)
    {
        Write("a.txt", Pingdu);
        using (var directory = IndexStore.Open(IndexDirectory))
        using (var writer = IndexStore.Writer(directory, WordAnalyzer.Default, create: true))
        {
            writer.AddDocument(ArticleDocument.Create(new Corpus.Article("old-1", "旧文章", null, [], null, null, null, [], "old.txt", "旧"), "old.txt", "0", 0));
            if (format is { } version)
                writer.SetCommitData(new IndexMetadata(version, AnalyzerSignature.Of(WordAnalyzer.Default), "x", DateTimeOffset.UtcNow).ToUserData());
            writer.Commit();
        }

        var manager = NewManager();
        var report = await manager.EnsureLoadedAsync();

        Assert.Equal(IndexAction.Built, report.Action);
        Assert.Equal(reason, report.Reason);
        Assert.Equal(["a-1"], CommittedIds());
        Assert.Equal(1, manager.Latest()!.Index.Count);
    }

    [Fact]
    public async Task A_commit_another_process_made_is_served_and_looked_for_only_when_there_is_a_new_one()
    {
        Write("a.txt", Pingdu);
        var serving = NewManager();
        await serving.EnsureLoadedAsync();
        Assert.Null(await serving.LoadIfReplacedAsync()); // the commit it made itself

        Write("b.txt", Laixi);
        using (var other = new IndexManager(new SearchPaths(CorpusDirectory, IndexDirectory), WordAnalyzer.Default)) // what `search index` does in its own process
            await other.BuildAsync(force: false);
        var report = await serving.LoadIfReplacedAsync();

        Assert.NotNull(report);
        Assert.Null(report.Problem);
        Assert.Equal(IndexAction.Loaded, report.Action);
        Assert.Equal(2, serving.Latest()!.Index.Count);
        Assert.Null(await serving.LoadIfReplacedAsync());
    }

    [Fact]
    public async Task A_commit_that_cannot_be_served_is_reported_once_and_the_served_view_stays()
    {
        Write("a.txt", Pingdu);
        var serving = NewManager();
        await serving.EnsureLoadedAsync();
        using (var other = new IndexManager(new SearchPaths(CorpusDirectory, IndexDirectory), WordAnalyzer.SmartCnOnly))
            await other.BuildAsync(force: true);

        var report = await serving.LoadIfReplacedAsync();

        Assert.NotNull(report);
        Assert.Equal("the index on disk cannot be served (built with another analyzer); still serving the one loaded before", report.Problem);
        Assert.Null(await serving.LoadIfReplacedAsync());
        Assert.Equal(1, Total(serving, "民生实事"));
    }

    [Theory]
    [InlineData("segments file truncated")]
    [InlineData("segments file garbage")]
    [InlineData("segment files deleted")]
    [InlineData("segment data truncated")]
    public async Task A_damaged_index_is_detected_and_rebuilt_from_the_corpus(string damage)
    {
        Write("a.txt", Pingdu);
        using (var first = NewManager())
            await first.EnsureLoadedAsync();
        var files = Directory.GetFiles(IndexDirectory);
        var segments = files.Single(file => Path.GetFileName(file).StartsWith("segments_", StringComparison.Ordinal));
        switch (damage)
        {
            case "segments file truncated":
                Truncate(segments);
                break;
            case "segments file garbage":
                File.WriteAllBytes(segments, [.. Enumerable.Range(0, 300).Select(i => (byte)(i * 7))]);
                break;
            case "segment files deleted":
                foreach (var file in files.Where(file => Path.GetExtension(file) is ".cfs" or ".cfe" or ".si"))
                    File.Delete(file);
                break;
            default:
                Truncate(files.Where(file => !Path.GetFileName(file).StartsWith("segments", StringComparison.Ordinal)).MaxBy(file => new FileInfo(file).Length)!);
                break;
        }

        var manager = NewManager();
        var report = await manager.EnsureLoadedAsync();

        Assert.Equal(IndexAction.Built, report.Action);
        Assert.Equal(1, Total(manager, "民生实事"));
        Assert.Equal(["a-1"], CommittedIds());

        static void Truncate(string path)
        {
            using var file = new FileStream(path, FileMode.Open);
            file.SetLength(file.Length / 3);
        }
    }

    [Fact]
    public async Task A_crash_just_before_the_commit_leaves_the_previous_index_serving_and_on_disk()
    {
        Write("a.txt", Pingdu);
        var manager = NewManager();
        await manager.EnsureLoadedAsync();
        Write("b.txt", Laixi);
        manager.BeforeCommit = () => throw new IOException("simulated crash");

        await Assert.ThrowsAsync<IOException>(() => manager.BuildAsync(force: true));
        await Assert.ThrowsAsync<IOException>(() => manager.UpdateAsync());

        Assert.Equal(1, Total(manager, ""));
        Assert.Equal(["a-1"], CommittedIds());
        manager.BeforeCommit = null;
        Assert.Equal(new CorpusChanges(1, 0, 0), (await manager.UpdateAsync())!.Changes);
        Assert.Equal(["a-1", "b-1"], CommittedIds());
    }

    [Fact]
    public async Task A_rebuild_or_update_serves_the_new_view_while_a_search_holding_the_old_one_completes()
    {
        Write("a.txt", Pingdu);
        var manager = NewManager();
        await manager.EnsureLoadedAsync();

        using (var inFlight = manager.Lease()!)
        {
            Write("b.txt", Laixi);
            await manager.UpdateAsync();
            await manager.BuildAsync(force: true);

            var old = inFlight.Searcher.Search(new SearchRequest("民生实事"));
            Assert.Equal(1, inFlight.Searcher.Index.Count);
            Assert.Equal(1, old.Total);
            Assert.Contains("<mark>民生实事</mark>", old.Hits[0].Snippets[0].Html());
        }
        using var current = manager.Lease()!;
        Assert.Equal(2, current.Searcher.Search(new SearchRequest("")).Total);
    }

    [Fact]
    public async Task Searches_running_beside_repeated_rebuilds_and_updates_never_fail()
    {
        Write("a.txt", Pingdu);
        var manager = NewManager();
        await manager.EnsureLoadedAsync();
        using var stop = new CancellationTokenSource();
        var searches = 0;
        var searching = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var lease = manager.Lease()!;
                Assert.Single(lease.Searcher.Search(new SearchRequest("民生实事")).Hits);
                searches++;
            }
        });

        for (var i = 0; i < 5; i++)
        {
            Write("b.txt", i % 2 == 0 ? Laixi : Jimo);
            await manager.UpdateAsync();
            await manager.BuildAsync(force: true);
        }
        await stop.CancelAsync();
        await searching;

        Assert.True(searches > 0);
    }

    [Fact]
    public async Task A_corpus_that_yields_nothing_never_replaces_an_index_that_has_articles()
    {
        Write("a.txt", Pingdu);
        var manager = NewManager();
        await manager.EnsureLoadedAsync();
        File.Delete(Path.Combine(CorpusDirectory, "a.txt"));
        Write("broken.txt", "");

        var update = await manager.UpdateAsync();
        var rebuild = await manager.BuildAsync(force: true);

        foreach (var report in new[] { update!, rebuild })
        {
            Assert.Contains("kept", report.Problem);
            Assert.Contains(report.Warnings, warning => warning.File == "broken.txt");
        }
        Assert.Equal(1, manager.Latest()!.Index.Count);
        Assert.Equal(["a-1"], CommittedIds());
    }

    [Fact]
    public async Task A_corpus_file_changed_while_being_indexed_is_reported_and_indexed_again_by_the_next_update()
    {
        Write("a.txt", Pingdu);
        var manager = NewManager();
        manager.BeforeCommit = () => Write("a.txt", Laixi); // after the file was read, before the commit

        var report = await manager.EnsureLoadedAsync();
        manager.BeforeCommit = null;
        Assert.Equal(1, Total(manager, "民生实事"));
        var next = await manager.UpdateAsync();

        Assert.Contains(report.Warnings, warning => warning.Reason.Contains("changed while it was being indexed"));
        Assert.Equal(new CorpusChanges(0, 1, 0), next!.Changes);
        Assert.Equal(1, Total(manager, "攻坚突破"));
    }

    [Fact]
    public async Task An_article_id_another_file_already_holds_is_skipped_with_a_warning()
    {
        Write("a.txt", Pingdu);
        var manager = NewManager();
        await manager.EnsureLoadedAsync();
        Write("more.jsonl", """{"id": "a-1", "title": "重复", "body": "重复的编号"}""" + "\n" + """{"id": "m-1", "title": "新的", "body": "新的文章"}""");

        var report = await manager.UpdateAsync();

        Assert.Contains(report!.Warnings, warning => warning.File == "more.jsonl" && warning.Reason.Contains("article a-1 skipped: the id is already taken by an article of a.txt"));
        Assert.Equal(["a-1", "m-1"], CommittedIds());
        Assert.Equal(1, Total(manager, "民生实事"));
    }

    [Fact]
    public async Task What_a_killed_writer_left_behind_is_removed_by_the_next_commit()
    {
        Write("a.txt", Pingdu);
        using (var first = NewManager())
            await first.EnsureLoadedAsync();
        File.WriteAllText(Path.Combine(IndexDirectory, "_9.cfs"), "half a segment");
        File.WriteAllText(Path.Combine(IndexDirectory, "write.lock"), "");

        Write("b.txt", Laixi);
        await NewManager().EnsureLoadedAsync();

        Assert.False(File.Exists(Path.Combine(IndexDirectory, "_9.cfs")));
        Assert.Equal(["a-1", "b-1"], CommittedIds());
    }
}
