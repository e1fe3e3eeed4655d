using Search.Places;

namespace Search.Engine.Tests.Terms;

public sealed class TermChangesTests(StateCouncilIndexFixture fixture) : IClassFixture<StateCouncilIndexFixture>
{
    [Fact]
    public void What_a_year_took_up_rises_and_what_it_left_behind_fades()
    {
        // 2009 against 2008: the world financial crisis arrives (国际金融危机 ×7 in 2009, none in 2008), and
        // the rising prices 2008's report spoke of (上涨 ×19, 价格上涨 or 物价上涨 ×14) are gone (上涨 ×2).
        var changes = fixture.Index.Searcher.TermChanges(Gazetteer.Nation, 2008, 2009, 30);
        Assert.Contains(changes.Rising, term => term.Term == "国际金融危机");
        Assert.Contains(changes.Fading, term => term.Term == "上涨");
        Assert.DoesNotContain(changes.Rising, term => term.Term == "上涨");
        var crisis = changes.Rising.Single(term => term.Term == "国际金融危机");
        Assert.Equal((0, 7), (crisis.Before.Mentions, crisis.After.Mentions));
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
