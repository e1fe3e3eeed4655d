using Search.Analysis;
using Search.Engine.Indexing;
using Search.Index;
using Search.Tests;

namespace Search.Engine.Tests.Indexing;

/// <summary>
/// Each corpus file on its own: a file that cannot be read, parsed or analysed costs itself (or the
/// article or line at fault) alone, is reported by name with the stage and the reason, is read once
/// per version, and never stops the other files from being indexed and committed.
/// </summary>
public sealed class BadFilesTests : IndexFolders
{
    private static List<string> Ids(IndexManager manager) => [.. manager.Latest()!.Index.Articles().Select(article => article.Id).Order(StringComparer.Ordinal)];

    private static FileProblem Problem(IndexManager manager, string file) => Assert.Single(manager.Status()!.FileProblems, status => status.Note.File == file);

    [Fact]
    public async Task A_first_build_that_meets_bad_files_serves_everything_else_and_names_each()
    {
        Write("a.txt", Pingdu);
        Write("b.txt", Laixi);
        Write("surrogate.jsonl", """{"title":"t","body":"\ud800"}""" + "\n" + """{"title":"好的","body":"第二行正常。"}""");
        Write("digits.txt", "# 崂山区：数字\n\n" + new string('1', 40_000));
        Write("binary.txt", "\0\0\0");
        Write("fullwidth.txt", "国务院政府工作报告\n\n１９５５年是发展国民经济第一个五年计划的关键之年。");

        var manager = NewManager();
        var report = await manager.EnsureLoadedAsync();

        Assert.Equal(IndexAction.Built, report.Action);
        Assert.Equal(["a-1", "b-1", "digits-1", "fullwidth-1", "surrogate-2"], Ids(manager));
        Assert.Contains(report.Warnings, w => w.File == "surrogate.jsonl" && w.Stage == "line 1" && w.Reason.Contains("\"body\""));
        Assert.Contains(report.Warnings, w => w.File == "binary.txt" && w.Stage == "decode" && w.WholeFile);
        Assert.Equal(1955, manager.Latest()!.Index.Articles().Single(article => article.Id == "fullwidth-1").Year);
    }

    [Fact]
    public async Task An_article_whose_analysis_runs_over_its_budget_is_skipped_and_the_others_are_indexed()
    {
        Write("a.txt", Pingdu);
        // One line of words without punctuation: cheap to read, parse, sketch, and seconds to analyse.
        Write("huge.txt", "崂山区：长文\n\n" + string.Concat(Enumerable.Repeat("崂山区会议开幕全区经济社会发展稳中向好", 60_000)));
        WordAnalyzer.Default.Tokenize("青岛"); // SmartCn's dictionaries load on first use: not within an article's budget
        var manager = NewManager(articleBudget: TimeSpan.FromSeconds(0.25));

        var report = await manager.EnsureLoadedAsync();

        Assert.Equal(["a-1"], Ids(manager));
        var warning = Assert.Single(report.Warnings);
        Assert.Equal(("huge.txt", "analysis"), (warning.File, warning.Stage));
        Assert.Contains("article huge-1 skipped: its analysis took longer than 0.25 s (Search:MaxSecondsPerArticle)", warning.Reason);
        Assert.Equal(0, Problem(manager, "huge.txt").Note.Articles);
    }

    [Fact]
    public async Task A_changed_file_whose_new_version_fails_keeps_its_earlier_articles_until_it_is_mended()
    {
        Write("a.txt", Pingdu);
        Write("b.txt", Laixi);
        var manager = NewManager();
        await manager.EnsureLoadedAsync();

        Garble("a.txt");
        Write("c.txt", Jimo);
        var failed = await manager.UpdateAsync();

        Assert.Contains(failed!.Warnings, w => w.File == "a.txt" && w.WholeFile);
        Assert.Equal(["a-1", "b-1", "c-1"], Ids(manager));
        Assert.Equal(1, Total(manager, "民生实事"));
        Assert.True(Problem(manager, "a.txt").KeptEarlier);

        Write("a.txt", Pingdu.Replace("民生实事", "乡村振兴"));
        var mended = await manager.UpdateAsync();

        Assert.Empty(mended!.Warnings);
        Assert.Equal(0, Total(manager, "民生实事"));
        Assert.Equal(1, Total(manager, "乡村振兴"));
        Assert.Empty(manager.Status()!.FileProblems);
    }

    [Fact]
    public async Task A_bad_file_is_read_once_per_version_and_its_note_outlives_a_restart()
    {
        Write("a.txt", Pingdu);
        var manager = NewManager();
        await manager.EnsureLoadedAsync();
        Write("bad.jsonl", "not json\n" + """{"title":"好的","body":"正常。"}""");

        var first = await manager.UpdateAsync();
        var again = await manager.UpdateAsync();
        var restarted = NewManager();
        var reload = await restarted.EnsureLoadedAsync();

        Assert.Contains(first!.Warnings, w => w.File == "bad.jsonl" && w.Stage == "line 1");
        Assert.Null(again);
        Assert.Equal(IndexAction.Reused, reload.Action);
        Assert.Empty(reload.Warnings);
        var note = Problem(restarted, "bad.jsonl").Note;
        Assert.Equal((1, "line 1"), (note.Articles, note.Warnings.Single().Stage));
        Assert.Contains("not valid JSON", note.Warnings.Single().Reason);
    }

    [Fact]
    public async Task A_file_that_is_not_regular_is_refused_without_hanging_the_build()
    {
        Write("a.txt", Pingdu);
        SpecialFiles.Fifo(Path.Combine(CorpusDirectory, "pipe.txt"));
        File.CreateSymbolicLink(Path.Combine(CorpusDirectory, "passwd.txt"), "/etc/passwd");
        File.CreateSymbolicLink(Path.Combine(CorpusDirectory, "zero.jsonl"), "/dev/zero");
        var manager = NewManager();

        var build = manager.EnsureLoadedAsync();
        var finished = await Task.WhenAny(build, Task.Delay(TimeSpan.FromSeconds(60)));

        Assert.Same(build, finished);
        Assert.Equal(["a-1"], Ids(manager));
        Assert.Equal(0, Total(manager, "root"));
        Assert.Equal(["passwd.txt", "pipe.txt", "zero.jsonl"], manager.Status()!.FileProblems.Select(file => file.Note.File));
        Assert.All(manager.Status()!.FileProblems, file => Assert.True(file.Note.Failed));
    }

    [Fact]
    public async Task Pages_of_one_name_in_two_folders_are_two_articles()
    {
        Write("y2023/page1.txt", Pingdu);
        Write("y2024/page1.txt", Laixi);
        var manager = NewManager();

        var report = await manager.EnsureLoadedAsync();

        Assert.Empty(report.Warnings);
        Assert.Equal(["y2023~page1-1", "y2024~page1-1"], Ids(manager));
        Assert.Equal(1, Total(manager, "攻坚突破"));
    }

    [Fact]
    public async Task An_id_two_files_claim_goes_to_the_first_in_corpus_order_in_an_update_as_in_a_build_and_back_when_it_leaves()
    {
        Write("page.txt", Pingdu);
        var manager = NewManager();
        await manager.EnsureLoadedAsync();

        // 0.jsonl comes before page.txt: its record takes page-1, in an update as in a full build.
        Write("0.jsonl", """{"id":"page-1","title":"冒名","body":"冒名顶替的文章。"}""");
        var update = await manager.UpdateAsync();
        var afterUpdate = (Total(manager, "冒名"), Total(manager, "民生实事"));
        var rebuild = await manager.BuildAsync(force: true);
        var afterRebuild = (Total(manager, "冒名"), Total(manager, "民生实事"));

        Assert.Equal((1, 0), afterUpdate);
        Assert.Equal(afterUpdate, afterRebuild);
        Assert.Contains(update!.Warnings, w => w.File == "page.txt" && w.Stage == "id" && w.Reason.Contains("already taken by an article of 0.jsonl"));
        Assert.Contains(rebuild.Warnings, w => w.File == "page.txt" && w.Stage == "id");

        // When the record goes, the page gets its id back.
        File.Delete(Path.Combine(CorpusDirectory, "0.jsonl"));
        await manager.UpdateAsync();

        Assert.Equal((0, 1), (Total(manager, "冒名"), Total(manager, "民生实事")));
        Assert.Equal(["page-1"], Ids(manager));
        Assert.Empty(manager.Status()!.FileProblems);
    }

    [Fact]
    public async Task A_later_file_cannot_take_an_id_and_the_index_never_holds_one_twice()
    {
        Write("page.txt", Pingdu);
        var manager = NewManager();
        await manager.EnsureLoadedAsync();

        Write("zz.jsonl", """{"id":"page-1","title":"冒名","body":"冒名顶替的文章。"}""");
        await manager.UpdateAsync();

        Assert.Equal((0, 1), (Total(manager, "冒名"), Total(manager, "民生实事")));
        Assert.Equal(1, Holders("page-1"));
    }

    [Fact]
    public async Task A_changed_file_read_alone_keeps_the_notes_of_the_others()
    {
        Write("a.txt", Pingdu);
        Write("bad.txt", "\0\0\0");
        var manager = NewManager();
        await manager.EnsureLoadedAsync();

        Write("b.txt", Laixi);
        await manager.UpdateAsync();
        File.Delete(Path.Combine(CorpusDirectory, "bad.txt"));
        var removed = await manager.UpdateAsync();

        Assert.Equal(new CorpusChanges(0, 0, 1), removed!.Changes);
        Assert.Equal(["a-1", "b-1"], Ids(manager));
        Assert.Empty(manager.Status()!.FileProblems);
    }

    [Fact]
    public async Task An_id_taken_from_a_changed_file_that_then_fails_is_never_held_twice()
    {
        Write("page.txt", Pingdu);
        var manager = NewManager();
        await manager.EnsureLoadedAsync();

        // In one update: 0.jsonl, first in order, takes page-1, and page.txt's new version fails as a whole.
        Write("0.jsonl", """{"id":"page-1","title":"冒名","body":"冒名顶替的文章。"}""");
        Garble("page.txt");
        await manager.UpdateAsync();

        Assert.Equal(1, Holders("page-1"));
        Assert.Equal((1, 0), (Total(manager, "冒名"), Total(manager, "民生实事")));
        Assert.True(Problem(manager, "page.txt").Note.Failed);
    }

    [Fact]
    public async Task A_file_back_at_its_indexed_version_has_no_failure_to_report()
    {
        Write("a.txt", Pingdu);
        var manager = NewManager();
        await manager.EnsureLoadedAsync();

        Garble("a.txt");
        await manager.UpdateAsync();
        var failed = manager.Status()!.FileProblems.Count;
        Write("a.txt", Pingdu);
        await manager.UpdateAsync();

        Assert.Equal(1, failed);
        Assert.Empty(manager.Status()!.FileProblems);
        Assert.Equal(1, Total(manager, "民生实事"));
    }

    [Fact]
    public async Task An_article_that_ran_out_of_time_is_read_again_at_the_next_start()
    {
        Write("a.txt", Pingdu);
        Write("huge.txt", "崂山区：长文\n\n" + string.Concat(Enumerable.Repeat("崂山区会议开幕全区经济社会发展稳中向好", 60_000)));
        WordAnalyzer.Default.Tokenize("青岛");
        await NewManager(articleBudget: TimeSpan.FromSeconds(0.25)).EnsureLoadedAsync();

        // A deadline missed may be the machine's fault: the next start tries once more, with its own budget.
        var restarted = NewManager();
        var report = await restarted.EnsureLoadedAsync();

        Assert.Equal(IndexAction.Updated, report.Action);
        Assert.Equal(["a-1", "huge-1"], Ids(restarted));
        Assert.Empty(restarted.Status()!.FileProblems);
    }

    [Fact]
    public async Task A_file_of_many_bad_lines_keeps_twenty_warnings_and_counts_the_rest()
    {
        Write("a.txt", Pingdu);
        Write("bad.jsonl", string.Join('\n', Enumerable.Repeat("not json", 1_000)) + "\n" + """{"title":"好的","body":"正常。"}""");
        var manager = NewManager();

        var report = await manager.EnsureLoadedAsync();

        var warnings = report.Warnings.Where(warning => warning.File == "bad.jsonl").ToList();
        Assert.Equal(FileNote.MaxWarnings + 1, warnings.Count);
        Assert.Equal("and 980 more warnings", warnings[^1].Reason);
        var note = Problem(manager, "bad.jsonl").Note;
        Assert.Equal((FileNote.MaxWarnings, 980, 1), (note.Warnings.Count, note.MoreWarnings, note.Articles));
    }

    [Fact]
    public async Task Changes_that_would_leave_no_article_are_not_read_again_until_the_corpus_changes()
    {
        Write("a.txt", Pingdu);
        var manager = NewManager();
        await manager.EnsureLoadedAsync();

        File.Delete(Path.Combine(CorpusDirectory, "a.txt"));
        Write("bad.txt", "\0\0\0");
        var kept = await manager.UpdateAsync();
        var again = await manager.UpdateAsync();

        Assert.Equal("the corpus yielded no article; the existing index was kept", kept!.Problem);
        Assert.Null(again);
        Assert.Equal(1, Total(manager, "民生实事"));
    }
}
