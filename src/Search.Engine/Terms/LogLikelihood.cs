namespace Search.Engine.Terms;

/// <summary>
/// Dunning's log-likelihood ratio G² (Dunning 1993, "Accurate methods for the statistics of surprise
/// and coincidence"; the keyness statistic of corpus linguistics, Rayson and Garside 2000): how
/// surprising a term's mentions in one set of texts are, given its mentions in another and the two
/// sets' lengths. Signed: positive when the term is more frequent in the first set, negative when
/// in the second. Above 3.84 a difference is significant at p &lt; 0.05, above 10.83 at p &lt; 0.001.
/// </summary>
public static class LogLikelihood
{
    /// <param name="mentions">The term's mentions in the first set.</param>
    /// <param name="length">The first set's length (characters).</param>
    /// <param name="otherMentions">Its mentions in the second set.</param>
    /// <param name="otherLength">The second set's length.</param>
    public static double Signed(long mentions, long length, long otherMentions, long otherLength)
    {
        if (length <= 0 || otherLength <= 0 || mentions + otherMentions == 0)
            return 0;
        var total = (double)(mentions + otherMentions);
        var expected = length * total / (length + otherLength);
        var otherExpected = otherLength * total / (length + otherLength);
        var g2 = 2 * (Part(mentions, expected) + Part(otherMentions, otherExpected));
        return (double)mentions / length >= (double)otherMentions / otherLength ? g2 : -g2;
    }

    private static double Part(long observed, double expected) => observed == 0 ? 0 : observed * Math.Log(observed / expected);
}
