using Search.Tests;

namespace Search.Engine.Tests.Related;

/// <summary>A place's reports across years, on the real pages: every year it has an article, with them.</summary>
public sealed class DistrictTimelineTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    private readonly TestIndex _index = fixture.Index;

    [Fact]
    public void Laoshan_has_the_2023_round_up_and_its_two_2024_write_ups()
    {
        var timeline = _index.Searcher.Timeline(Named.Place("崂山区"));

        Assert.Equal([(2023, 1), (2024, 2)], timeline.Select(year => (year.Year, year.Count)));
        Assert.Equal(["002_8a0fa821f8c73329-1"], timeline[0].Articles.Select(article => article.Id));
        Assert.Equal(["000_13824d23c47df48b-1", "001_01de4e52b08519b1-1"], timeline[1].Articles.Select(article => article.Id).Order());
        Assert.All(timeline.SelectMany(year => year.Articles), article => Assert.False(string.IsNullOrEmpty(article.Title)));
    }

    [Fact]
    public void Pingdu_reports_in_three_years()
    {
        var timeline = _index.Searcher.Timeline(Named.Place("平度市"));

        Assert.Equal([2023, 2024, 2025], timeline.Select(year => year.Year));
        Assert.Equal("000_13824d23c47df48b-2", timeline[1].Articles.Single().Id);
        Assert.Equal("003_3f2e752e9eca7191-2", timeline[2].Articles.Single().Id);
    }

    [Fact]
    public void Lists_at_most_the_articles_asked_for_a_year_but_counts_them_all()
    {
        var year = _index.Searcher.Timeline(Named.Place("崂山区"), perYear: 1).Single(entry => entry.Year == 2024);

        Assert.Equal(2, year.Count);
        Assert.Single(year.Articles);
    }

    [Fact]
    public void A_page_held_twice_counts_each_article_once()
    {
        var page = File.ReadAllText(RepositoryRoot.Combine("corpus", "000_13824d23c47df48b.txt"));
        using var index = TestIndex.Of(("a.txt", page), ("a-again.txt", page));

        var year = index.Searcher.Timeline(Named.Place("崂山区")).Single();

        Assert.Equal(1, year.Count);
        Assert.Contains(year.Articles.Single().Id, new[] { "a-1", "a-again-1" });
    }

    [Fact]
    public void A_city_has_the_timeline_of_its_districts_and_a_place_no_page_covers_has_none()
    {
        var qingdao = _index.Searcher.Timeline(Named.Place("青岛市"));

        var byYear = _index.Articles.GroupBy(article => article.Year!.Value).OrderBy(year => year.Key).Select(year => (year.Key, year.Count()));
        Assert.Equal(byYear, qingdao.Select(year => (year.Year, year.Count)));
        Assert.Empty(_index.Searcher.Timeline(Named.Place("济南市")));
    }
}
