using Search.Engine.Terms;

namespace Search.Engine.Tests.Terms;

public sealed class FragmentsTests
{
    [Fact]
    public void A_part_read_almost_only_inside_a_phrase_goes()
    {
        var dropped = Fragments.Dropped(new Dictionary<string, int> { ["社会主义市场经济"] = 10, ["社会主义市场"] = 10 }, dropContexts: false);
        Assert.Equal(["社会主义市场"], dropped);
    }

    [Fact]
    public void A_phrase_around_a_term_mostly_said_alone_goes_only_where_contexts_are_dropped()
    {
        var mentions = new Dictionary<string, int> { ["人民公社"] = 18, ["建立人民公社"] = 3 };
        Assert.Equal(["建立人民公社"], Fragments.Dropped(mentions, dropContexts: true));
        Assert.Empty(Fragments.Dropped(mentions, dropContexts: false));
    }

    [Fact]
    public void Between_the_two_both_are_terms()
    {
        Assert.Empty(Fragments.Dropped(new Dictionary<string, int> { ["减排"] = 8, ["节能减排"] = 5 }, dropContexts: true));
    }
}
