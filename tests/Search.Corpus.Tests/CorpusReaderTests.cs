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
    public void A_page_over_the_size_limit_is_skipped_with_the_limit_named()
    {
        using var corpus = new TemporaryCorpus().Write("big.txt", PingduPage + new string('。', 2000)).Write("small.txt", LaixiPage);

        var article = Assert.Single(corpus.Read(new CorpusLimits { MaxPageBytes = 4096 }));

        Assert.Equal("small.txt", article.Source);
        var warning = Assert.Single(corpus.Warnings);
        Assert.Equal("big.txt", warning.File);
        Assert.Contains("4,096-byte limit", warning.Reason);
    }

    [Fact]
    public void A_missing_folder_is_reported_not_thrown()
    {
        var warnings = new List<CorpusWarning>();

        var articles = new CorpusReader("/no/such/folder").Read(warnings.Add).ToList();

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
        Assert.Equal(["莱西市"], article.PlaceNames);
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
        Assert.Equal(["西海岸新区", "莱西市"], articles[1].PlaceNames);
    }

    [Fact]
    public void A_broken_sidecar_is_reported_and_the_page_is_still_read()
    {
        using var corpus = new TemporaryCorpus()
            .Write("page.txt", PingduPage)
            .Write("page.meta.json", """{ "district": "火星区", "year": "soon" """);

        var article = Assert.Single(corpus.Read());

        Assert.Equal(["平度市"], article.PlaceNames);
        Assert.Contains("not valid JSON", Assert.Single(corpus.Warnings).Reason);
    }

    [Fact]
    public void A_sidecar_says_where_the_page_was_printed_and_the_pages_own_words_fill_the_rest()
    {
        using var corpus = new TemporaryCorpus()
            .Write("page.txt", PingduPage)
            .Write("page.meta.json", """{ "published": "2025-01-08", "edition": "A03" }""");

        var article = Assert.Single(corpus.Read());

        Assert.Empty(corpus.Warnings);
        Assert.Equal(new Provenance("观海新闻", new DateOnly(2025, 1, 8), "A03"), article.Provenance);
        Assert.Equal(new DateOnly(2025, 1, 7), article.Date);
    }

    [Fact]
    public void A_bulk_record_carries_its_provenance_and_a_bad_value_of_it_is_reported()
    {
        using var corpus = new TemporaryCorpus().Write("bulk.jsonl",
            """{ "title": "标题", "body": "正文。", "paper": "大众日报", "published": "2025/01/08", "edition": "2" }""");

        var article = Assert.Single(corpus.Read());

        Assert.Equal(new Provenance("大众日报", null, "2"), article.Provenance);
        Assert.Contains(corpus.Warnings, w => w.Reason.Contains("published \"2025/01/08\" ignored"));
    }

    [Theory]
    [InlineData("第3版", "3")]
    [InlineData("A03版", "A03")]
    [InlineData("3", "3")]
    [InlineData("要闻二版", "要闻二版")]
    public void An_edition_given_as_printed_is_kept_as_its_page(string given, string page)
    {
        using var corpus = new TemporaryCorpus().Write("bulk.jsonl",
            $$"""{ "title": "标题", "body": "正文。", "edition": "{{given}}" }""");

        Assert.Equal(page, Assert.Single(corpus.Read()).Provenance.Edition);
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
        Assert.Contains(corpus.Warnings, w => w.Reason.Contains("unknown place \"火星区\""));
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
        Assert.Equal(["崂山区"], first.PlaceNames);
        Assert.Equal("bulk-5", articles[1].Id);
        Assert.Equal(["胶州市"], articles[1].PlaceNames);
        Assert.Equal("bulk.jsonl", articles[1].Source);
        Assert.Contains(corpus.Warnings, w => w.Stage == "line 2" && w.Reason.Contains("required"));
        Assert.Contains(corpus.Warnings, w => w.Stage == "line 3" && w.Reason.Contains("not valid JSON"));
        Assert.Contains(corpus.Warnings, w => w.Stage == "line 5" && w.Reason.Contains("not URL-safe"));
    }

    [Fact]
    public void A_bulk_line_with_a_lone_surrogate_is_skipped_naming_the_field_and_the_next_lines_are_read()
    {
        using var corpus = new TemporaryCorpus().Write("s.jsonl", string.Join('\n',
            """{"title":"t","body":"\ud800"}""",
            """{"title":"好的","body":"第二行正常。","captions":["\udfff"]}""",
            """{"title":"第三","body":"第三行。"}"""));

        var article = Assert.Single(corpus.Read());

        Assert.Equal("s-3", article.Id);
        Assert.Equal(["line 1", "line 2"], corpus.Warnings.Select(warning => warning.Stage));
        Assert.Contains("\"body\" holds an escape that is half a character", corpus.Warnings[0].Reason);
        Assert.Contains("\"captions\" holds an escape that is half a character", corpus.Warnings[1].Reason);
    }

    [Fact]
    public void A_sidecar_with_a_lone_surrogate_is_ignored_and_the_page_is_still_read()
    {
        using var corpus = new TemporaryCorpus().Write("page.txt", PingduPage).Write("page.meta.json", """{ "title": "\ud800" }""");

        var article = Assert.Single(corpus.Read());

        Assert.Equal("平度市：建设幸福平度", article.Title);
        Assert.Contains("sidecar ignored: \"title\" holds an escape that is half a character", Assert.Single(corpus.Warnings).Reason);
    }

    [Fact]
    public void An_invalid_byte_costs_its_line_alone_and_the_warning_names_the_line()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"title":"第一","body":"第一行。"}""" + "\n")
            .Concat(new byte[] { 0x7B, 0xFF, 0xFE, 0x7D, 0x0A })
            .Concat(Encoding.UTF8.GetBytes("""{"title":"第三","body":"第三行。"}""")).ToArray();
        using var corpus = new TemporaryCorpus().Write("mixed.jsonl", bytes);

        var articles = corpus.Read();

        Assert.Equal(["mixed-1", "mixed-3"], articles.Select(article => article.Id));
        var warning = Assert.Single(corpus.Warnings);
        Assert.Equal("line 2", warning.Stage);
        Assert.Contains("not valid UTF-8 (byte 0xFF at byte 2 of the line)", warning.Reason);
    }

    [Fact]
    public void A_line_over_the_limit_is_skipped_and_the_lines_after_it_are_read()
    {
        var huge = """{"title":"大","body":" """ + new string('长', 3000) + "\"}";
        using var corpus = new TemporaryCorpus().Write("big.jsonl", string.Join('\n',
            """{"title":"第一","body":"第一行。"}""", huge, """{"title":"第三","body":"第三行。"}"""));

        var articles = corpus.Read(new CorpusLimits { MaxLineBytes = 4096 });

        Assert.Equal(["big-1", "big-3"], articles.Select(article => article.Id));
        var warning = Assert.Single(corpus.Warnings);
        Assert.Equal("line 2", warning.Stage);
        Assert.Contains("longer than the 4,096-byte limit for a line (Search:MaxLineBytes)", warning.Reason);
    }

    [Fact]
    public void A_bulk_file_over_its_limit_and_a_utf16_one_are_refused_whole_with_the_reason()
    {
        using var corpus = new TemporaryCorpus()
            .Write("big.jsonl", string.Join('\n', Enumerable.Repeat("""{"title":"第一","body":"第一行。"}""", 200)))
            .Write("wide.jsonl", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("""{"title":"第一","body":"第一行。"}""")).ToArray())
            .Write("good.txt", PingduPage);

        var article = Assert.Single(corpus.Read(new CorpusLimits { MaxBulkBytes = 4096 }));

        Assert.Equal("good.txt", article.Source);
        Assert.Contains("over the 4,096-byte limit for a JSON-lines file (Search:MaxBulkBytes)", Assert.Single(corpus.Warnings, w => w.File == "big.jsonl").Reason);
        Assert.Contains("UTF-16 byte-order mark; JSON lines are read as UTF-8", Assert.Single(corpus.Warnings, w => w.File == "wide.jsonl").Reason);
    }

    [Fact]
    public void A_date_outside_the_years_of_work_reports_is_refused()
    {
        using var corpus = new TemporaryCorpus().Write("page.txt", PingduPage).Write("page.meta.json", """{ "date": "0001-01-01" }""");

        var article = Assert.Single(corpus.Read());

        Assert.Equal((2025, new DateOnly(2025, 1, 7)), (article.Year, article.Date));
        Assert.Contains("date \"0001-01-01\" ignored: expected a year from 1949 to 2100", Assert.Single(corpus.Warnings).Reason);
    }

    [Fact]
    public void An_endless_title_is_cut_where_it_is_read()
    {
        using var corpus = new TemporaryCorpus()
            .Write("long.jsonl", $$"""{"title":"{{new string('题', 5000)}}","body":"正文。"}""")
            .Write("headline.md", "# " + new string('标', 5000) + "\n\n正文。");

        var articles = corpus.Read();

        Assert.All(articles, article => Assert.Equal(Article.MaxTitleLength, article.Title.Length));
        Assert.All(articles, article => Assert.EndsWith("…", article.Title));
        Assert.Contains("title cut to 200 characters (it had 5,000)", Assert.Single(corpus.Warnings).Reason);
    }

    [Fact]
    public void Two_articles_with_one_id_keep_the_first_in_corpus_order()
    {
        using var corpus = new TemporaryCorpus()
            .Write("a.jsonl", """{"id":"page-1","title":"先到","body":"先到的文章。"}""")
            .Write("page.txt", PingduPage);

        var article = Assert.Single(corpus.Read());

        Assert.Equal(("page-1", "先到"), (article.Id, article.Title));
        var warning = Assert.Single(corpus.Warnings);
        Assert.Equal(("page.txt", "id"), (warning.File, warning.Stage));
        Assert.Contains("the id is already taken by an article of a.jsonl", warning.Reason);
    }

    [Fact]
    public void Full_width_digits_read_as_ascii_ones()
    {
        using var corpus = new TemporaryCorpus()
            .Write("ascii.txt", "平度市：建设幸福平度\n\n1月7日,平度市人民代表大会开幕。2025年,平度市将统筹发展，生产总值增长6.5%左右。")
            .Write("wide.txt", "平度市：建设幸福平度\n\n１月７日,平度市人民代表大会开幕。２０２５年,平度市将统筹发展，生产总值增长６．５％左右。");

        var articles = corpus.Read();

        Assert.Equal(2, articles.Count);
        Assert.Equal((articles[0].Year, articles[0].Date), (articles[1].Year, articles[1].Date));
        Assert.Equal(articles[0].PlaceNames, articles[1].PlaceNames);
        Assert.Equal(2025, articles[1].Year);
        var figures = articles.Select(article => Assert.Single(Search.Corpus.Figures.FigureExtractor.Extract(article))).ToList();
        Assert.Equal((figures[0].Value, figures[0].Unit, figures[0].Qualifier), (figures[1].Value, figures[1].Unit, figures[1].Qualifier));
    }
}
