using Search.Engine.Terms;

namespace Search.Engine.Tests.Terms;

public sealed class LogLikelihoodTests
{
    [Fact]
    public void Ten_mentions_against_none_in_texts_of_equal_length_is_twenty_times_ln_two()
    {
        // Expected 5 and 5; G² = 2 (10 ln(10/5) + 0) = 20 ln 2.
        Assert.Equal(20 * Math.Log(2), LogLikelihood.Signed(10, 1000, 0, 1000), 9);
        Assert.Equal(-20 * Math.Log(2), LogLikelihood.Signed(0, 1000, 10, 1000), 9);
    }

    [Fact]
    public void Equal_rates_are_no_surprise_and_more_evidence_is_more()
    {
        Assert.Equal(0, LogLikelihood.Signed(5, 1000, 10, 2000), 9);
        Assert.True(LogLikelihood.Signed(80, 10_000, 40, 10_000) > LogLikelihood.Signed(3, 10_000, 1, 10_000));
    }

    [Fact]
    public void Nothing_to_compare_is_zero()
    {
        Assert.Equal(0, LogLikelihood.Signed(0, 1000, 0, 1000));
        Assert.Equal(0, LogLikelihood.Signed(4, 1000, 0, 0));
    }
}
