using Search.Places;

namespace Search.Engine.Tests.Terms;

public sealed class TermChangesTests(StateCouncilIndexFixture fixture) : IClassFixture<StateCouncilIndexFixture>
{
    [Fact]
    public void What_a_year_took_up_rises_and_what_it_left_behind_fades()
    {
        // 2009 against 2008: the world financial crisis arrives (国际金融危机 ×7, none in 2008).
        var changes = fixture.Index.Searcher.TermChanges(Gazetteer.Nation, 2008, 2009, 30);
        Assert.Contains(changes.Rising, term => term.Term == "国际金融危机");
        Assert.All(changes.Rising, term => Assert.True(term.After.PerTenThousand > term.Before.PerTenThousand));
        Assert.All(changes.Fading, term => Assert.True(term.After.PerTenThousand < term.Before.PerTenThousand));
        Assert.Equal(changes.Rising.OrderByDescending(term => term.LogLikelihood).Select(term => term.Term), changes.Rising.Select(term => term.Term));
    }

    [Fact]
    public void Without_an_earlier_year_the_year_is_compared_with_every_earlier_one()
    {
        var changes = fixture.Index.Searcher.TermChanges(Gazetteer.Nation, null, 1959, 30);
        Assert.Equal([1954, 1955, 1956, 1957, 1958], changes.FromYears);
        // 大跃进 stands once in 1958 and twenty times in 1959.
        Assert.Contains(changes.Rising, term => term.Term == "大跃进");
        Assert.Contains(changes.Rising, term => term.Term == "人民公社");
    }
}
