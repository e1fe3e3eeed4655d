using Search.Corpus;
using Search.Host.Pages;

namespace Search.Host.Tests.Pages;

/// <summary>A citation says what is known of where an article was printed, in the papers' own way of numbering pages.</summary>
public sealed class PrintedLineTests
{
    [Theory]
    [InlineData("青岛晚报", "2024-02-06", "3", "青岛晚报 · 2024年2月6日 · 第3版")]
    [InlineData("大众日报", null, "A03", "大众日报 · A03版")]
    [InlineData(null, "2025-01-08", "要闻二版", "2025年1月8日 · 要闻二版")]
    [InlineData("观海新闻", null, null, "观海新闻")]
    public void A_citation_joins_what_is_known(string? paper, string? published, string? edition, string expected) =>
        Assert.Equal(expected, PrintedLine.Citation(new Provenance(paper, published is null ? null : DateOnly.Parse(published), edition)));

    [Fact]
    public void Nothing_known_is_no_citation() => Assert.Null(PrintedLine.Citation(Provenance.Unknown));
}
