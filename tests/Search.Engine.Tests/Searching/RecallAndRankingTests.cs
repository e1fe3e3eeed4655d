using Search.Analysis.Folding;
using Search.Index;

namespace Search.Engine.Tests.Searching;

/// <summary>
/// The promise to users: an article that contains the string typed is found, and every such article
/// ranks above every article that does not contain it. Checked on the real pages for words SmartCn
/// splits, numbers, names, single characters and multi-word queries.
/// </summary>
public sealed class RecallAndRankingTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    private readonly TestIndex _index = fixture.Index;

    public static TheoryData<string> Strings => new(
        "上合", "提质", "营商环境", "6.5%", "1150.89亿元", "胶即快速通道", "港", "海", "税", "义务教育",
        "新旧动能转换", "西海岸", "崂山区", "平度", "莱西", "城阳", "胶州", "一带一路", "新质生产力", "专精特新",
        "双招双引", "高质量发展", "民生实事", "乡村振兴", "城市更新", "红岛站", "开门红", "虚拟现实", "人工智能", "无人机",
        "中欧班列", "上合示范区", "5G", "地铁", "养老", "托育", "1.7万人", "10件22项", "2600亩", "招商引资",
        "科技创新", "民营企业", "生态环境", "数字经济", "青岛", "QFLP", "300P", "沈海高速", "潍烟高铁",
        "ＱＦＬＰ", "5g", "新旧 动能");

    [Theory]
    [MemberData(nameof(Strings))]
    public void Every_article_containing_the_string_is_found_and_ranked_above_all_others(string query)
    {
        var containing = ArticlesContaining(query.Split(' '));
        Assert.NotEmpty(containing);

        var hits = _index.Search(query).Hits.Select(hit => hit.Id).ToList();

        Assert.Equal(containing.Order(), hits.Take(containing.Count).Order());
    }

    [Theory]
    [MemberData(nameof(Strings))]
    public void A_hit_is_marked_exact_when_and_only_when_it_contains_every_term(string query)
    {
        var containing = ArticlesContaining(query.Split(' ')).ToHashSet();

        var hits = _index.Search(query).Hits;

        Assert.All(hits, hit => Assert.Equal(containing.Contains(hit.Id), hit.Exact));
    }

    [Theory]
    [InlineData("崂山 提质")]
    [InlineData("平度 民生实事")]
    [InlineData("上合 一带一路")]
    public void With_several_terms_articles_containing_each_of_them_come_first(string query)
    {
        var containingAll = ArticlesContaining(query.Split(' '));
        Assert.NotEmpty(containingAll);

        var hits = _index.Search(query).Hits;

        Assert.Equal(containingAll.Order(), hits.Take(containingAll.Count).Select(hit => hit.Id).Order());
        Assert.All(hits.Take(containingAll.Count), hit => Assert.True(hit.Exact));
    }

    [Theory]
    [InlineData("火星殖民地")]
    [InlineData("qwertyuiop")]
    [InlineData("量子纠缠态")]
    [InlineData("\"发展崂山\"")]
    public void Nonsense_finds_nothing(string query)
    {
        Assert.Equal(0, _index.Search(query).Total);
    }

    [Fact]
    public void A_quoted_phrase_finds_only_articles_containing_it_exactly()
    {
        var containing = ArticlesContaining(["义务教育"]);

        var result = _index.Search("\"义务教育\"");

        Assert.Equal(containing.Order(), result.Hits.Select(hit => hit.Id).Order());
    }

    [Fact]
    public void Words_found_apart_still_match_but_below_the_exact_string()
    {
        // 聚力开展 is not in any page, but its words are; such articles match without being exact.
        var result = _index.Search("开展聚力");

        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, hit => Assert.False(hit.Exact));
    }

    [Fact]
    public void An_empty_query_lists_every_article_newest_first()
    {
        var result = _index.Search("");

        Assert.Equal(9, result.Total);
        var dates = result.Hits.Select(DateOrderTests.SortDate).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
    }

    [Fact]
    public void Sorting_by_date_puts_the_newest_first_and_relevance_decides_among_equal_dates()
    {
        var result = _index.Search("发展", sort: Engine.Searching.SortOrder.Date);

        var dates = result.Hits.Select(DateOrderTests.SortDate).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
    }

    [Theory]
    [InlineData("营商*", "营商")]
    [InlineData("崂*", "崂")]
    public void A_wildcard_star_finds_what_the_term_finds_without_it(string starred, string plain)
    {
        var expected = _index.Search(plain);

        Assert.True(expected.Total > 0);
        Assert.Equal(expected.Hits.Select(hit => (hit.Id, hit.Score)), _index.Search(starred).Hits.Select(hit => (hit.Id, hit.Score)));
    }

    [Fact]
    public void Excluded_terms_and_title_only_terms_restrict_the_matches()
    {
        var withoutLaoshan = _index.Search("发展 -崂山").Hits;
        var inTitles = _index.Search("title:平度").Hits;

        Assert.DoesNotContain(withoutLaoshan, hit => Normalized(hit.Id).Contains("崂山", StringComparison.Ordinal));
        Assert.NotEmpty(inTitles);
        Assert.All(inTitles, hit => Assert.Contains("平度", hit.Title));
    }

    [Fact]
    public void Pages_do_not_overlap_and_together_list_every_hit_once()
    {
        var all = _index.Search("发展", size: 100).Hits.Select(hit => hit.Id).ToList();
        var paged = Enumerable.Range(1, 3).SelectMany(page => _index.Search("发展", size: 3, page: page).Hits).Select(hit => hit.Id).ToList();

        Assert.Equal(all.Take(9), paged);
    }

    private List<string> ArticlesContaining(IEnumerable<string> terms) =>
        _index.Articles
            .Where(article => terms.All(term => Normalized(article.Id).Contains(CharacterFolding.Default.Normalize(term), StringComparison.Ordinal)))
            .Select(article => article.Id)
            .ToList();

    private string Normalized(string id)
    {
        var article = _index.Articles.Single(a => a.Id == id);
        return CharacterFolding.Default.Normalize(IndexedText.Title(article) + "\n" + IndexedText.Body(article));
    }
}
