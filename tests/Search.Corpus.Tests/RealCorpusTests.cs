using System.Security.Cryptography;

namespace Search.Corpus.Tests;

/// <summary>The nine articles of the five real pages, as the corpus issue specifies them.</summary>
public sealed class RealCorpusTests
{
    private static readonly IReadOnlyList<Article> Articles = RepositoryCorpus.ReadAll();

    public static TheoryData<string, string, string, int, string?> Expected => new()
    {
        { "000_13824d23c47df48b.txt", "崂山区：聚力做到“七个提质争先”", "崂山区", 2024, "2024-02-05" },
        { "000_13824d23c47df48b.txt", "平度市：将民生愿景变为幸福实景", "平度市", 2024, "2024-02-04" },
        { "000_13824d23c47df48b.txt", "莱西市：塑造青岛北部协调发展新优势", "莱西市", 2024, "2024-02-04" },
        { "001_01de4e52b08519b1.txt", "崂山区:“七个提质争先”为高质量发展蓄势聚能", "崂山区", 2024, "2024-02-05" },
        { "002_8a0fa821f8c73329.txt", "力争“开门红”：各区市“起步即冲刺”", "市南区,市北区,西海岸新区,崂山区,李沧区,城阳区,即墨区,胶州市,平度市,莱西市", 2023, null },
        { "003_3f2e752e9eca7191.txt", "开拓创新 打造“一带一路”国际合作新平台", "胶州市", 2025, "2025-01-07" },
        { "003_3f2e752e9eca7191.txt", "集中力量 办成10件22项民生实事", "平度市", 2025, "2025-01-07" },
        { "004_3039b4f5f4914328.txt", "升级改造低效片区 打造公园城市样板", "城阳区", 2023, "2023-01-05" },
        { "004_3039b4f5f4914328.txt", "同心同向建设 现代化上合新区", "胶州市", 2023, "2023-01-05" },
    };

    [Fact]
    public void The_five_pages_hold_nine_articles_in_page_order()
    {
        Assert.Equal(Expected.Select(row => (string)row[1]), Articles.Select(article => article.Title));
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Each_article_has_its_source_districts_year_and_date(string source, string title, string districts, int year, string? date)
    {
        var article = Assert.Single(Articles, article => article.Title == title);

        Assert.Equal(source, article.Source);
        Assert.Equal(districts, string.Join(',', article.PlaceNames));
        Assert.Equal(year, article.Year);
        Assert.Equal(date, article.Date?.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void Ids_are_unique_url_safe_and_the_same_on_every_read()
    {
        var again = RepositoryCorpus.ReadAll();

        Assert.Equal(Articles.Count, Articles.Select(article => article.Id).Distinct().Count());
        Assert.All(Articles, article => Assert.Matches("^[A-Za-z0-9_-]+$", article.Id));
        Assert.Equal(Articles.Select(article => article.Id), again.Select(article => article.Id));
    }

    [Fact]
    public void No_byline_furniture_or_caption_is_left_in_a_body()
    {
        string[] strayText = ["记者", "通讯员", "客户端", "主编", "美编", "审读", "■", "□", "#", "王昭脉 摄", "供图",
            "崂山区发展日新月异。", "平度市城区街头一角。", "正在建设中的城投财富广场。", "区市两会传递强音", "新时代新征程新伟业", "....."];

        Assert.All(Articles, article => Assert.All(strayText, text => Assert.DoesNotContain(text, article.Body)));
    }

    [Fact]
    public void Every_article_has_a_byline()
    {
        Assert.All(Articles, article => Assert.False(string.IsNullOrWhiteSpace(article.Byline)));
        Assert.Equal("观海新闻/青岛晚报/掌上青岛 记者 马丙政", Articles[1].Byline);
        Assert.Equal("衣涛 张绪霞 赵子健", Articles[3].Byline);
    }

    [Theory]
    [InlineData(0, "加", "上提质争先。加强污染防治和生态建设")]
    [InlineData(0, "黄色", "振翅高翔的黄色金机遇期。")]
    [InlineData(1, "加快先进制造业发展", "加快先进制造业发展。点燃项目")]
    [InlineData(1, "协同共建", "协同共建青潍临港临空产业带")]
    [InlineData(2, "融合创新", "推动现代服务业融合创新。培优塑强")]
    [InlineData(3, "开发格局", "全域保护开发格局,空气质量")]
    [InlineData(3, "常态化", "建立常态化政企交流机制")]
    [InlineData(6, "小苗", "让新兴产业“小苗成大树”")]
    [InlineData(6, "高新技术企业", "高新技术企业、创新型中小企业")]
    public void Sentences_broken_across_columns_are_joined(int article, string brokenAfter, string joined)
    {
        Assert.Contains(brokenAfter, joined);
        Assert.Contains(joined, Articles[article].Body);
    }

    [Fact]
    public void Photo_captions_are_kept_apart_from_the_body()
    {
        Assert.Equal(["崂山区发展日新月异。"], Articles[0].Captions);
        Assert.Equal(["青岛市人工智能产业园园区一隅。"], Articles[3].Captions);
        Assert.Contains("中欧班列(齐鲁号)“上合快线”海尔家用电器专列从上合示范区多式联运中心发出。", Articles[4].Captions);
        Assert.Equal(["航拍平度城区美景。(平度供图)"], Articles[6].Captions);
    }

    [Fact]
    public void Decks_become_subtitles_and_a_lead_above_the_headline_opens_its_article()
    {
        Assert.Equal("今年是建区30周年 全区干事创业精神状态全面提振", Articles[0].Subtitle);
        Assert.Equal("2023年,城阳区全力以赴做到“五个攻坚突破”。", Articles[7].Subtitle);
        Assert.Null(Articles[5].Subtitle);
        Assert.StartsWith("持续做大做强四大主导产业和7条重点产业链", Articles[3].Body);
        Assert.StartsWith("突破提升,2023年以来", Articles[3].Subtitle);
    }

    [Fact]
    public void Section_headings_stay_in_the_body_as_paragraphs_without_their_marks()
    {
        var paragraphs = Articles[3].Body.Split('\n');

        Assert.Contains("聚力在以科技创新引领现代化产业体系建设上提质争先", paragraphs);
        Assert.Contains("打造国际合作新平台", Articles[5].Body.Split('\n'));
    }

    [Fact]
    public void The_pages_in_corpus_are_the_ones_received_byte_for_byte()
    {
        var expected = new Dictionary<string, string>
        {
            ["000_13824d23c47df48b.txt"] = "599b36db4b8dc2f8b24a02a7833a6446ea3946c0c1b893b29d6cf76fffb1c204",
            ["001_01de4e52b08519b1.txt"] = "9b5158488d4eaa99eb5d0c79f4677eb6e7a0dc194caf2a0834a4da39b95d93bd",
            ["002_8a0fa821f8c73329.txt"] = "932926547716ebdfd174141974191c1d548c095ea5bbc0c024f3a347c1642d62",
            ["003_3f2e752e9eca7191.txt"] = "b73896371f1c34cde355b1d13923b9512e7cfacc20a6970170bda5c7cf9b16ba",
            ["004_3039b4f5f4914328.txt"] = "fe279577c78f112a8ae33e777f2b3bcaebc144c6f48925ef0bcce81bdea2652d",
        };

        var actual = Directory.GetFiles(RepositoryCorpus.Directory, "*.txt").ToDictionary(
            path => Path.GetFileName(path)!,
            path => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))));

        Assert.Equal(expected, actual);
    }
}
