using Search.Corpus;

namespace Search.Rendering.Tests;

/// <summary>What is known of where an article was printed, in the papers' own way of numbering pages: the line shown and the citation copied.</summary>
public sealed class PrintedTests
{
    private const string Link = "http://localhost:5000/articles/a";

    private static Provenance Of(string? paper, string? published, string? edition) =>
        new(paper, published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), edition);

    [Theory]
    [InlineData("青岛晚报", "2024-02-06", "3", "青岛晚报 · 2024年2月6日 · 第3版")]
    [InlineData("大众日报", null, "A03", "大众日报 · A03版")]
    [InlineData(null, "2025-01-08", "要闻二版", "2025年1月8日 · 要闻二版")]
    [InlineData("观海新闻", null, null, "观海新闻")]
    public void The_line_joins_what_is_known(string? paper, string? published, string? edition, string expected) =>
        Assert.Equal(expected, Printed.Line(Of(paper, published, edition)));

    [Fact]
    public void Nothing_known_is_no_line() => Assert.Null(Printed.Line(Provenance.Unknown));

    [Theory]
    [InlineData("青岛晚报", "2024-02-06", "3", "《青岛晚报》2024年2月6日第3版：《崂山区：聚力做到“七个提质争先”》，" + Link)]
    [InlineData("大众日报", null, "A03", "《大众日报》A03版：《崂山区：聚力做到“七个提质争先”》，" + Link)]
    [InlineData(null, "2025-01-08", null, "2025年1月8日：《崂山区：聚力做到“七个提质争先”》，" + Link)]
    [InlineData(null, null, null, "《崂山区：聚力做到“七个提质争先”》，" + Link)]
    public void A_citation_names_paper_day_and_page_then_title_and_link(string? paper, string? published, string? edition, string expected) =>
        Assert.Equal(expected, Printed.Citation("崂山区：聚力做到“七个提质争先”", Of(paper, published, edition), Link));

    [Fact]
    public void Title_marks_inside_a_title_are_written_as_nested_ones() =>
        Assert.Equal("《关于〈政府工作报告〉的决议》，" + Link, Printed.Citation("关于《政府工作报告》的决议", Provenance.Unknown, Link));
}
