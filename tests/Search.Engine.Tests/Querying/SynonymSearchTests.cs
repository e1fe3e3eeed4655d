namespace Search.Engine.Tests.Querying;

/// <summary>
/// A place's other names and an indicator's other names are query terms too: 黄岛 finds what
/// 西海岸新区 finds, GDP what 地区生产总值 finds and the other way round — and an article holding the
/// name as typed ranks above one holding only another name (exact-first is unchanged).
/// </summary>
public sealed class SynonymSearchTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    [Theory]
    [InlineData("黄岛", "西海岸新区")]
    [InlineData("黄岛区", "西海岸新区")]
    [InlineData("GDP", "地区生产总值")]
    [InlineData("gdp", "生产总值")]
    public void A_name_finds_every_article_of_its_other_name_in_the_five_pages(string typed, string other)
    {
        var containing = fixture.Index.ArticlesContaining(other);
        Assert.NotEmpty(containing);

        var result = fixture.Index.Search(typed);

        Assert.Superset(containing, result.Hits.Select(hit => hit.Id).ToHashSet());
        Assert.Contains(result.Synonyms, synonyms => synonyms.Term == typed && synonyms.Names.Contains(other));
    }

    [Fact]
    public void The_other_name_is_marked_where_it_stands()
    {
        var hit = fixture.Index.Search("黄岛").Hits.First();

        Assert.Contains(hit.Snippets.SelectMany(snippet => snippet.Marks.Select(mark => snippet.Text[mark.Start..mark.End])), marked => marked == "西海岸新区");
    }

    [Theory]
    [InlineData("黄岛", "西海岸新区")]
    [InlineData("西海岸新区", "黄岛")]
    [InlineData("GDP", "地区生产总值")]
    [InlineData("地区生产总值", "GDP")]
    public void An_article_with_the_name_as_typed_ranks_above_one_with_only_another_name(string typed, string other)
    {
        // The article with only the other name says more of it, so that by BM25 alone it would rank first.
        using var index = TestIndex.Of(
            ("a.txt", $"关于{other}的报道\n\n{other}发展很快，{other}的经济总量继续增长，{other}持续向好。"),
            ("b.txt", $"关于{typed}的消息\n\n今年{typed}平稳增长。"));

        var hits = index.Search(typed).Hits;

        Assert.Equal(2, hits.Count);
        Assert.Contains(typed, hits[0].Title);
        Assert.True(hits[0].Exact);
        Assert.False(hits[1].Exact);
    }

    [Fact]
    public void A_quoted_phrase_asks_for_its_text_only()
    {
        var result = fixture.Index.Search("\"黄岛\"");

        Assert.Empty(result.Hits);
        Assert.Empty(result.Synonyms);
    }

    [Fact]
    public void Excluding_one_name_keeps_the_name_asked_for()
    {
        using var index = TestIndex.Of(("a.txt", "黄岛的消息\n\n今年黄岛平稳增长。"), ("b.txt", "西海岸新区的消息\n\n今年西海岸新区平稳增长。"));

        var hits = index.Search("黄岛 -西海岸新区").Hits;

        Assert.Equal(["黄岛的消息"], hits.Select(hit => hit.Title));
    }

    [Fact]
    public void Excluding_a_name_excludes_its_other_names()
    {
        var all = fixture.Index.Search("").Total;
        var withWestCoast = fixture.Index.ArticlesContaining("西海岸新区").Count;

        Assert.Equal(all - withWestCoast, fixture.Index.Search("-黄岛").Total);
    }
}
