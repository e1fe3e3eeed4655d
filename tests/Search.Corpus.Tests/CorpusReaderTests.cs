using System.Text;

namespace Search.Corpus.Tests;

public sealed class CorpusReaderTests
{
    private const string PingduPage = "平度市：建设幸福平度\n\n1月7日,平度市人民代表大会开幕。2025年,平度市将统筹发展。\n\n观海新闻 记者 马丙政";
    private const string LaixiPage = "莱西市：攻坚克难\n\n1月6日，莱西市人民代表大会开幕。2025年，莱西市将攻坚突破。";

    static CorpusReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Reads_pages_in_file_name_order_and_skips_the_folders_readme()
    {
        using var corpus = new TemporaryCorpus()
            .Write("b.txt", PingduPage)
            .Write("a.md", LaixiPage)
            .Write("README.md", "# The corpus\n\nFive newspaper pages.");

        var articles = corpus.Read();

        Assert.Equal(["莱西市：攻坚克难", "平度市：建设幸福平度"], articles.Select(article => article.Title));
        Assert.Equal(["a-1", "b-1"], articles.Select(article => article.Id));
        Assert.Empty(corpus.Warnings);
    }

    [Fact]
    public void A_gbk_encoded_page_is_read_like_a_utf8_one()
    {
        using var corpus = new TemporaryCorpus().Write("gbk.txt", Encoding.GetEncoding("GBK").GetBytes(PingduPage));

        var article = Assert.Single(corpus.Read());

        Assert.Equal("平度市：建设幸福平度", article.Title);
        Assert.Equal(new DateOnly(2025, 1, 7), article.Date);
    }

    [Fact]
    public void Malformed_files_are_skipped_with_a_warning_naming_the_file_and_reason_and_the_rest_is_read()
    {
        using var corpus = new TemporaryCorpus()
            .Write("empty.txt", "")
            .Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D])
            .Write("garbled.txt", [0x41, 0xFF, 0xFF, 0x42])
            .Write("good.txt", PingduPage);

        var article = Assert.Single(corpus.Read());

        Assert.Equal("good.txt", article.Source);
        Assert.Equal(["empty.txt", "garbled.txt", "image.txt"], corpus.Warnings.Select(w => w.File).Order());
        Assert.Contains(corpus.Warnings, w => w.File == "empty.txt" && w.Reason.Contains("empty"));
        Assert.Contains(corpus.Warnings, w => w.File == "image.txt" && w.Reason.Contains("binary"));
    }

    [Fact]
    public void A_file_that_disappears_before_it_is_read_is_reported_and_the_rest_is_read()
    {
        using var corpus = new TemporaryCorpus().Write("good.txt", PingduPage);
        // A link whose target is gone: listed with the corpus, gone when read.
        File.CreateSymbolicLink(Path.Combine(corpus.Directory, "vanished.txt"), Path.Combine(corpus.Directory, "deleted-meanwhile.txt"));

        var article = Assert.Single(corpus.Read());

        Assert.Equal("good.txt", article.Source);
        var warning = Assert.Single(corpus.Warnings);
        Assert.Equal("vanished.txt", warning.File);
        Assert.Contains("cannot be read", warning.Reason);
    }

    // Permissions cannot make a file unreadable for root, which CI runs as; a read that fails in the
    // kernel can: reading this process's memory from address 0 fails with EIO for any user.
    [LinuxFact]
    public void A_page_and_a_bulk_file_whose_reads_fail_are_reported_and_the_rest_is_read()
    {
        using var corpus = new TemporaryCorpus().Write("good.txt", PingduPage);
        File.CreateSymbolicLink(Path.Combine(corpus.Directory, "failing.txt"), "/proc/self/mem");
        File.CreateSymbolicLink(Path.Combine(corpus.Directory, "failing.jsonl"), "/proc/self/mem");

        var article = Assert.Single(corpus.Read());

        Assert.Equal("good.txt", article.Source);
        Assert.Equal(["failing.jsonl", "failing.txt"], corpus.Warnings.Select(warning => warning.File).Order());
        Assert.Contains("reading stopped", corpus.Warnings.Single(warning => warning.File == "failing.jsonl").Reason);
        Assert.Contains("cannot be read", corpus.Warnings.Single(warning => warning.File == "failing.txt").Reason);
    }

    [LinuxFact]
    public void A_page_that_yields_more_than_its_length_said_is_cut_off_at_the_limit()
    {
        // A device reports a length of 0 and never ends, like a file that keeps growing while it is read.
        using var corpus = new TemporaryCorpus().Write("good.txt", PingduPage);
        File.CreateSymbolicLink(Path.Combine(corpus.Directory, "endless.txt"), "/dev/zero");

        var article = Assert.Single(corpus.Read(new CorpusReaderOptions { MaxPageBytes = 4096 }));

        Assert.Equal("good.txt", article.Source);
        var warning = Assert.Single(corpus.Warnings);
        Assert.Equal("endless.txt", warning.File);
        Assert.Contains("grew past the 4,096-byte limit", warning.Reason);
    }

    [Fact]
    public void A_page_over_the_size_limit_is_skipped_with_the_limit_named()
    {
        using var corpus = new TemporaryCorpus().Write("big.txt", PingduPage + new string('。', 2000)).Write("small.txt", LaixiPage);

        var article = Assert.Single(corpus.Read(new CorpusReaderOptions { MaxPageBytes = 4096 }));

        Assert.Equal("small.txt", article.Source);
        var warning = Assert.Single(corpus.Warnings);
        Assert.Equal("big.txt", warning.File);
        Assert.Contains("4,096-byte limit", warning.Reason);
    }

    [Fact]
    public void A_missing_folder_is_reported_not_thrown()
    {
        var warnings = new List<CorpusWarning>();

        var articles = new CorpusReader().Read("/no/such/folder", warnings.Add).ToList();

        Assert.Empty(articles);
        Assert.Contains("does not exist", Assert.Single(warnings).Reason);
    }

    [Fact]
    public void A_sidecar_overrides_what_the_text_suggested()
    {
        using var corpus = new TemporaryCorpus()
            .Write("page.txt", PingduPage)
            .Write("page.meta.json", """{ "district": "莱西", "year": 2024, "title": "平度：民生实事" }""");

        var article = Assert.Single(corpus.Read());

        Assert.Equal("平度：民生实事", article.Title);
        Assert.Equal(["莱西市"], article.Districts);
        Assert.Equal(2024, article.Year);
        Assert.Equal(new DateOnly(2024, 1, 7), article.Date);
    }

    [Fact]
    public void A_sidecar_can_set_each_article_of_a_page_by_position()
    {
        using var corpus = new TemporaryCorpus()
            .Write("page.txt", PingduPage + "\n\n" + LaixiPage)
            .Write("page.txt.meta.json", """{ "articles": [ null, { "date": "2025-01-08", "districts": ["莱西市", "黄岛区"] } ] }""");

        var articles = corpus.Read();

        Assert.Equal(new DateOnly(2025, 1, 7), articles[0].Date);
        Assert.Equal(new DateOnly(2025, 1, 8), articles[1].Date);
        Assert.Equal(["西海岸新区", "莱西市"], articles[1].Districts);
    }

    [Fact]
    public void A_broken_sidecar_is_reported_and_the_page_is_still_read()
    {
        using var corpus = new TemporaryCorpus()
            .Write("page.txt", PingduPage)
            .Write("page.meta.json", """{ "district": "火星区", "year": "soon" """);

        var article = Assert.Single(corpus.Read());

        Assert.Equal(["平度市"], article.Districts);
        Assert.Contains("not valid JSON", Assert.Single(corpus.Warnings).Reason);
    }

    [Fact]
    public void Bad_values_in_a_sidecar_are_reported_one_by_one()
    {
        using var corpus = new TemporaryCorpus()
            .Write("page.txt", PingduPage)
            .Write("page.meta.json", """{ "district": "火星区", "year": 1800, "date": "2025/01/07" }""");

        var article = Assert.Single(corpus.Read());

        Assert.Equal(2025, article.Year);
        Assert.Equal(3, corpus.Warnings.Count);
        Assert.Contains(corpus.Warnings, w => w.Reason.Contains("unknown district \"火星区\""));
        Assert.Contains(corpus.Warnings, w => w.Reason.Contains("year 1800 ignored"));
        Assert.Contains(corpus.Warnings, w => w.Reason.Contains("expected yyyy-MM-dd"));
    }

    [Fact]
    public void Json_lines_files_are_read_record_by_record_and_bad_lines_are_reported_by_number()
    {
        using var corpus = new TemporaryCorpus().Write("bulk.jsonl", string.Join('\n',
            """{"id":"qd-1","title":"崂山区：提质争先","body":"第一段。\n\n第二段。","districts":["崂山"],"year":2024,"date":"2024-02-05","source":"晚报"}""",
            """{"title":"没有正文"}""",
            "not json",
            "",
            """{"id":"../etc/passwd","title":"胶州市：开放","body":"正文。","district":"上合示范区"}"""));

        var articles = corpus.Read();

        Assert.Equal(2, articles.Count);
        var first = articles[0];
        Assert.Equal(("qd-1", "崂山区：提质争先", 2024, new DateOnly(2024, 2, 5), "晚报", "第一段。\n第二段。"),
            (first.Id, first.Title, first.Year, first.Date, first.Source, first.Body));
        Assert.Equal(["崂山区"], first.Districts);
        Assert.Equal("bulk-5", articles[1].Id);
        Assert.Equal(["胶州市"], articles[1].Districts);
        Assert.Equal("bulk.jsonl", articles[1].Source);
        Assert.Contains(corpus.Warnings, w => w.Reason.StartsWith("line 2:") && w.Reason.Contains("required"));
        Assert.Contains(corpus.Warnings, w => w.Reason.StartsWith("line 3:") && w.Reason.Contains("not valid JSON"));
        Assert.Contains(corpus.Warnings, w => w.Reason.StartsWith("line 5:") && w.Reason.Contains("not URL-safe"));
    }
}
