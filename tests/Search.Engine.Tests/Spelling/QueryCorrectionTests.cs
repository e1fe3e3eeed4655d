using Search.Engine.Searching;

namespace Search.Engine.Tests.Spelling;

/// <summary>
/// "您是不是要找": slips of an input method (a homophone picked) and of a finger (one character off)
/// in words of the five pages, each answered with the word meant; a query that found what it asked
/// for gets no proposal.
/// </summary>
public sealed class QueryCorrectionTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    private readonly TestIndex _index = fixture.Index;

    public static TheoryData<string, string> Slips => new()
    {
        // Homophones an input method offers first.
        { "营商环竟", "营商环境" }, { "崂山去", "崂山区" }, { "胶洲", "胶州" }, { "城阳去", "城阳区" },
        // 乡村振心: xin for xing, alike to fuzzy pinyin, as input methods forgive it.
        { "民生实是", "民生实事" }, { "乡村振心", "乡村振兴" }, { "高智量发展", "高质量发展" }, { "新质生产利", "新质生产力" },
        { "招商引姿", "招商引资" }, { "科技创心", "科技创新" }, { "数字经机", "数字经济" }, { "开门洪", "开门红" },
        { "无人积", "无人机" }, { "城市更心", "城市更新" }, { "中欧班例", "中欧班列" }, { "一带一陆", "一带一路" },
        { "专精特心", "专精特新" }, { "李仓区", "李沧区" }, { "即默区", "即墨区" }, { "民营企叶", "民营企业" },
        { "生态环竟", "生态环境" }, { "上合是范区", "上合示范区" },
        // One character off, not a homophone.
        { "营商环镜", "营商环境" }, { "乡村振典", "乡村振兴" }, { "胶即快速通路", "胶即快速通道" },
    };

    [Theory]
    [MemberData(nameof(Slips))]
    public void A_slip_proposes_the_word_meant(string typed, string meant)
    {
        Assert.NotEmpty(_index.ArticlesContaining(meant));
        Assert.Empty(_index.ArticlesContaining(typed));

        Assert.Equal(meant, _index.Search(typed).DidYouMean);
    }

    [Fact]
    public void Only_the_slip_of_a_query_is_replaced()
    {
        Assert.Equal("崂山区 营商环境", _index.Search("崂山区 营商环竟").DidYouMean);
        Assert.Equal("营商环境 year:2024", _index.Search("营商环竟 year:2024").DidYouMean);
    }

    [Fact]
    public void The_slip_is_replaced_where_it_stands_as_a_term_not_inside_an_excluded_one() =>
        Assert.Equal("-胶洲湾 胶州", _index.Search("-胶洲湾 胶洲").DidYouMean);

    [Fact]
    public void Terms_joined_by_or_found_what_they_asked_for_when_one_of_them_is_held() =>
        Assert.Null(_index.Search("营商环竟 OR 营商环境").DidYouMean);

    [Theory]
    [InlineData(SortOrder.Date)]
    [InlineData(SortOrder.Relevance)]
    public void The_order_of_the_results_does_not_change_the_proposal(SortOrder sort)
    {
        Assert.Equal("营商环境", _index.Search("营商环竟", sort: sort).DidYouMean);
        Assert.Null(_index.Search("营商环境", sort: sort).DidYouMean);
        Assert.Null(_index.Search("营商环境 民生", sort: sort).DidYouMean);
    }

    [Fact]
    public void Only_the_first_three_absent_terms_are_corrected() =>
        Assert.Equal("营商环境 崂山区 胶州 城阳去", _index.Search("营商环竟 崂山去 胶洲 城阳去").DidYouMean);

    [Fact]
    public void A_slip_in_traditional_characters_proposes_the_simplified_word() =>
        Assert.Equal("营商环境", _index.Search("營商環竟").DidYouMean);

    [Theory]
    [MemberData(nameof(Slips))]
    public void A_query_that_found_what_it_asked_for_gets_no_proposal(string _, string meant) =>
        Assert.Null(_index.Search(meant).DidYouMean);

    [Theory]
    [InlineData("黄岛")] // found by another name
    [InlineData("laoshan")] // pinyin, read as such
    [InlineData("")]
    [InlineData("\"营商环境\"")]
    [InlineData("区块链技术革命")] // nothing near it in the corpus
    [InlineData("\"  \" 营商环境")] // a phrase of nothing beside a term held
    [InlineData("\U0002A6A5\U0002A6A5")] // characters beyond the basic plane, with no reading
    public void Queries_that_are_not_slips_get_none(string query) => Assert.Null(_index.Search(query).DidYouMean);
}
