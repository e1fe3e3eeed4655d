using Search.Tests;

namespace Search.Corpus.Tests;

/// <summary>Only regular files inside the corpus folder are ever opened; everything else is refused, by name, with the reason.</summary>
public sealed class CorpusFolderTests
{
    private const string Page = "平度市：建设幸福平度\n\n1月7日,平度市人民代表大会开幕。2025年,平度市将统筹发展。";

    private static CorpusWarning WarningFor(TemporaryCorpus corpus, string file) => Assert.Single(corpus.Warnings, warning => warning.File == file);

    [LinuxFact]
    public void A_fifo_is_refused_without_being_opened_and_the_rest_is_read()
    {
        using var corpus = new TemporaryCorpus().Write("good.txt", Page);
        SpecialFiles.Fifo(Path.Combine(corpus.Directory, "pipe.txt"));

        // Opening the FIFO would wait for a writer forever: the test would never end.
        var article = Assert.Single(corpus.Read());

        Assert.Equal("good.txt", article.Source);
        var warning = WarningFor(corpus, "pipe.txt");
        Assert.Equal(("open", true), (warning.Stage, warning.WholeFile));
        Assert.Contains("a FIFO (named pipe), not a regular file", warning.Reason);
    }

    [LinuxFact]
    public void A_socket_is_refused()
    {
        using var corpus = new TemporaryCorpus().Write("good.txt", Page);
        using var socket = SpecialFiles.Socket(Path.Combine(corpus.Directory, "socket.jsonl"));

        Assert.Single(corpus.Read());

        Assert.Contains("a socket, not a regular file", WarningFor(corpus, "socket.jsonl").Reason);
    }

    [LinuxFact]
    public void Links_out_of_the_corpus_are_not_followed_whatever_they_lead_to()
    {
        using var corpus = new TemporaryCorpus().Write("good.txt", Page);
        File.CreateSymbolicLink(Path.Combine(corpus.Directory, "passwd.txt"), "/etc/passwd");
        File.CreateSymbolicLink(Path.Combine(corpus.Directory, "zero.jsonl"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(corpus.Directory, "memory.txt"), "/proc/self/mem");

        var article = Assert.Single(corpus.Read());

        Assert.Equal("good.txt", article.Source);
        Assert.Contains("a symbolic link to /etc/passwd, outside the corpus folder, is not followed", WarningFor(corpus, "passwd.txt").Reason);
        Assert.Contains("/dev/zero, outside the corpus folder", WarningFor(corpus, "zero.jsonl").Reason);
        Assert.Matches("^a symbolic link to /proc/[0-9]+/mem, outside the corpus folder", WarningFor(corpus, "memory.txt").Reason);
    }

    [Fact]
    public void A_link_that_leaves_through_a_linked_folder_on_its_way_is_caught()
    {
        using var outside = new TemporaryCorpus().Write("secret.txt", "秘密：内部文件\n\n不应被索引的内容。");
        using var corpus = new TemporaryCorpus().Write("good.txt", Page);
        Directory.CreateSymbolicLink(Path.Combine(corpus.Directory, "door"), outside.Directory);
        // Reads as if inside the corpus (corpus/door/secret.txt), but door leads out.
        File.CreateSymbolicLink(Path.Combine(corpus.Directory, "sneaky.txt"), Path.Combine(corpus.Directory, "door", "secret.txt"));

        Assert.Single(corpus.Read());

        Assert.Contains("outside the corpus folder", WarningFor(corpus, "sneaky.txt").Reason);
        Assert.Contains("a symbolic link to a folder", WarningFor(corpus, "door/").Reason);
    }

    [Fact]
    public void Linked_folders_are_listed_once_and_never_walked_so_a_loop_costs_one_warning()
    {
        using var outside = new TemporaryCorpus().Write("secret.txt", "秘密：内部文件\n\n不应被索引的内容。");
        using var corpus = new TemporaryCorpus().Write("good.txt", Page).Write("inner/page.txt", Page.Replace("平度", "莱西"));
        Directory.CreateSymbolicLink(Path.Combine(corpus.Directory, "outlink"), outside.Directory);
        Directory.CreateSymbolicLink(Path.Combine(corpus.Directory, "self"), ".");
        Directory.CreateSymbolicLink(Path.Combine(corpus.Directory, "inner", "again"), corpus.Directory);

        var articles = corpus.Read();

        Assert.Equal(["good.txt", "inner/page.txt"], articles.Select(article => article.Source));
        Assert.Equal(["inner/again/", "outlink/", "self/"], corpus.Warnings.Select(warning => warning.File).Order(StringComparer.Ordinal));
        Assert.All(corpus.Warnings, warning => Assert.Contains("a symbolic link to a folder", warning.Reason));
    }

    [Fact]
    public void A_link_to_a_page_inside_the_corpus_is_read_once_under_its_own_name()
    {
        using var corpus = new TemporaryCorpus().Write("pages/original.txt", Page);
        File.CreateSymbolicLink(Path.Combine(corpus.Directory, "latest.txt"), Path.Combine("pages", "original.txt"));
        File.CreateSymbolicLink(Path.Combine(corpus.Directory, "chain.txt"), "latest.txt");

        var articles = corpus.Read();

        Assert.Equal(["chain.txt", "latest.txt", "pages/original.txt"], articles.Select(article => article.Source));
        Assert.Empty(corpus.Warnings);
    }

    [Fact]
    public void Dangling_and_looping_links_are_refused()
    {
        using var corpus = new TemporaryCorpus().Write("good.txt", Page);
        File.CreateSymbolicLink(Path.Combine(corpus.Directory, "gone.txt"), Path.Combine(corpus.Directory, "deleted-meanwhile.txt"));
        File.CreateSymbolicLink(Path.Combine(corpus.Directory, "loop.txt"), "loop.txt");

        Assert.Single(corpus.Read());

        Assert.Contains("leads to nothing (or around in a loop)", WarningFor(corpus, "gone.txt").Reason);
        Assert.Contains("leads to nothing (or around in a loop)", WarningFor(corpus, "loop.txt").Reason);
    }

    [Fact]
    public void A_refused_entry_changes_its_hash_when_what_it_is_changes_and_is_never_read_for_it()
    {
        using var corpus = new TemporaryCorpus().Write("good.txt", Page);
        var link = Path.Combine(corpus.Directory, "p.txt");
        File.CreateSymbolicLink(link, "/etc/passwd");
        var folder = new CorpusFolder(corpus.Directory);

        var refused = folder.Hash("p.txt");
        File.Delete(link);
        File.WriteAllText(link, Page);

        Assert.NotEqual(refused, folder.Hash("p.txt"));
        Assert.Equal(folder.Hash("good.txt"), folder.Hash("p.txt"));
    }

    [Fact]
    public void Files_in_folders_are_listed_with_their_path()
    {
        using var corpus = new TemporaryCorpus().Write("y2024/page1.txt", Page).Write("y2023/page1.txt", Page).Write("a.txt", Page)
            .Write("y2024/README.md", "# notes").Write("y2024/page1.meta.json", "{}");

        Assert.Equal(["a.txt", "y2023/page1.txt", "y2024/page1.txt"], new CorpusFolder(corpus.Directory).Files());
    }
}
