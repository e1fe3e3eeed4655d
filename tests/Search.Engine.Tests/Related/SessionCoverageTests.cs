using Search.Engine.Related;

namespace Search.Engine.Tests.Related;

/// <summary>On the real pages, 崂山区's 2024 session was written up by two newspapers; every other article is the only write-up of its session.</summary>
public sealed class SessionCoverageTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    private readonly TestIndex _index = fixture.Index;

    [Fact]
    public void Each_write_up_of_laoshans_2024_session_names_the_other()
    {
        var daily = _index.Searcher.Coverage("000_13824d23c47df48b-1")!.Single();
        var other = _index.Searcher.Coverage("001_01de4e52b08519b1-1")!.Single();

        Assert.Equal("001_01de4e52b08519b1-1", daily.Id);
        Assert.Equal("000_13824d23c47df48b-1", other.Id);
        Assert.Equal(daily.Shared, other.Shared);
        Assert.InRange(daily.Shared, SessionCoverage.Share, 0.7);
        Assert.Equal("001_01de4e52b08519b1.txt", daily.Source);
    }

    [Fact]
    public void No_other_article_has_other_coverage()
    {
        var others = _index.Articles.Where(article => article.Id is not ("000_13824d23c47df48b-1" or "001_01de4e52b08519b1-1"));

        Assert.All(others, article => Assert.Empty(_index.Searcher.Coverage(article.Id)!));
    }

    [Fact]
    public void An_unknown_article_has_none() => Assert.Null(_index.Searcher.Coverage("no-such-article"));
}
