using Search.Hanzi;
using Search.Rendering;
using Search.Tests;

namespace Search.Engine.Tests.Searching;

/// <summary>
/// Traditional characters meet simplified ones: a query typed in traditional characters finds what
/// the same query in simplified ones finds, in the same order, marked on the article's own
/// characters; and a page printed in traditional characters is found by simplified queries.
/// </summary>
public sealed class TraditionalSearchTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    private readonly TestIndex _index = fixture.Index;

    /// <summary>Queries that find articles on the real pages and read differently in traditional characters.</summary>
    public static TheoryData<string> Queries => new(QueryStrings);

    private static readonly string[] QueryStrings =
    [
        "崂山区", "营商环境", "上合示范区", "胶州", "莱西", "城阳", "高质量发展", "新旧动能转换",
        "民生实事", "乡村振兴", "开门红", "虚拟现实", "无人机", "中欧班列", "养老", "招商引资",
        "科技创新", "民营企业", "生态环境", "数字经济", "青岛", "潍烟高铁", "义务教育", "专精特新", "双招双引", "红岛站",
        "崂山 提质", "平度 民生实事", "上合 OR 胶州", "\"营商环境\"", "title:崂山区", "-崂山 青岛",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public void A_query_in_traditional_characters_finds_the_same_articles_in_the_same_order(string simplified)
    {
        var traditional = TraditionalText.From(simplified);
        Assert.NotEqual(simplified, traditional);

        var expected = _index.Search(simplified);
        var actual = _index.Search(traditional);

        Assert.NotEmpty(expected.Hits);
        Assert.Equal(expected.Hits.Select(hit => (hit.Id, hit.Exact, hit.Score)), actual.Hits.Select(hit => (hit.Id, hit.Exact, hit.Score)));
        Assert.Equal(expected.Total, actual.Total);
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Marks_the_same_characters_of_the_article(string simplified)
    {
        var expected = _index.Search(simplified).Hits;
        var actual = _index.Search(TraditionalText.From(simplified)).Hits;

        Assert.Equal(expected.Select(hit => (hit.TitleHtml(), string.Join('|', hit.Snippets.Select(snippet => snippet.Html())))), actual.Select(hit => (hit.TitleHtml(), string.Join('|', hit.Snippets.Select(snippet => snippet.Html())))));
    }

    [Fact]
    public void At_least_twenty_of_the_queries_read_differently_in_traditional_characters() =>
        Assert.True(QueryStrings.Count(query => TraditionalText.From(query) != query) >= 20);

    [Fact]
    public void Suggests_simplified_words_for_a_traditional_prefix() =>
        Assert.Contains(_index.Searcher.Suggest("營商"), suggestion => suggestion.Text == "营商环境");

    [Fact]
    public void Without_folding_a_traditional_query_finds_nothing()
    {
        using var index = TestIndex.OfRepositoryCorpus(new SearchOptions { FoldTraditional = false });

        Assert.NotEmpty(index.Search("营商环境").Hits);
        Assert.Empty(index.Search("營商環境").Hits);
    }
}

/// <summary>The real pages with one of them printed in traditional characters.</summary>
public sealed class TraditionalPageTests : IDisposable
{
    private const string Page = "001_01de4e52b08519b1.txt";
    private readonly TestIndex _index;

    public TraditionalPageTests()
    {
        var corpus = RepositoryRoot.Combine("corpus");
        _index = TestIndex.Of([.. Directory.GetFiles(corpus, "*.txt").Select(path =>
        {
            var text = File.ReadAllText(path);
            return (Path.GetFileName(path), Path.GetFileName(path) == Page ? TraditionalText.From(text) : text);
        })]);
    }

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("崂山区")]
    [InlineData("高质量发展")]
    [InlineData("七个提质争先")]
    [InlineData("营商环境")]
    public void Is_found_by_simplified_queries_with_its_own_characters_marked(string query)
    {
        var hit = Assert.Single(_index.Search(query).Hits, hit => hit.Source == Page);

        Assert.True(hit.Exact);
        var marked = hit.Snippets.Select(snippet => snippet.Html()).Concat([hit.TitleHtml()])
            .SelectMany(html => System.Text.RegularExpressions.Regex.Matches(html, "<mark>(.*?)</mark>").Select(match => match.Groups[1].Value))
            .ToList();
        Assert.Contains(TraditionalText.From(query), marked);
        Assert.All(marked, text => Assert.Equal(TraditionalText.From(TraditionalChinese.Simplify(text)), text));
    }

    [Fact]
    public void Keeps_its_places_and_year_for_the_facets()
    {
        var hit = Assert.Single(_index.Search("七个提质争先").Hits, hit => hit.Source == Page);

        Assert.Equal(["崂山区"], hit.Places.Select(place => place.Name));
        Assert.Equal(2024, hit.Year);
        Assert.Contains(_index.Search("七个提质争先", places: ["崂山区"]).Hits, found => found.Source == Page);
    }
}
