using System.Text.RegularExpressions;
using Search.Analysis.Folding;
using Search.Index;
using Search.Places;

namespace Search.Engine.Tests.Terms;

public sealed partial class TermTrendTests(StateCouncilIndexFixture fixture) : IClassFixture<StateCouncilIndexFixture>
{
    [Theory]
    [InlineData("科学发展观")]
    [InlineData("西部大开发")]
    [InlineData("一国两制")]
    [InlineData("社会主义改造")] // the 1954 report is in traditional characters: 社會主義改造
    [InlineData("农")]
    public void A_terms_mentions_each_year_are_a_plain_count_over_that_years_texts(string term)
    {
        var trend = fixture.Index.Searcher.Trend(term, [Gazetteer.Nation]);
        var line = Assert.Single(trend.Lines);
        var expected = fixture.Index.Articles.Where(article => article.Year is not null)
            .GroupBy(article => article.Year!.Value)
            .ToDictionary(year => year.Key, year => year.Sum(article => Occurrences(Plain(IndexedText.Title(article) + IndexedText.Body(article)), term)));

        Assert.Equal(expected.Keys.Order(), line.Points.Select(point => point.Year));
        Assert.All(line.Points, point => Assert.Equal(expected[point.Year], point.Count.Mentions));
        Assert.True(line.Points.Sum(point => point.Count.Mentions) > 0);
    }

    [Fact]
    public void A_rate_divides_by_the_length_of_that_years_texts_and_a_year_without_a_mention_is_zero()
    {
        var points = Assert.Single(fixture.Index.Searcher.Trend("新型城镇化", []).Lines).Points;
        var year2014 = Assert.Single(points, point => point.Year == 2014);
        var text = fixture.Index.Articles.Where(article => article.Year == 2014).Sum(article => IndexedText.Title(article).Length + IndexedText.Body(article).Length);
        Assert.Equal(text, year2014.Count.Length);
        Assert.Equal(year2014.Count.Mentions * 10_000.0 / text, year2014.Count.PerTenThousand, 6);
        Assert.All(points.Where(point => point.Year < 2014), point => Assert.Equal(0, point.Count.Mentions));
    }

    [Fact]
    public void A_place_without_reports_has_a_line_without_points()
    {
        var trend = fixture.Index.Searcher.Trend("改革开放", [Gazetteer.Named("崂山区")[0], Gazetteer.Nation]);
        Assert.Equal(2, trend.Lines.Count);
        Assert.Empty(trend.Lines[0].Points);
        Assert.NotEmpty(trend.Lines[1].Points);
    }

    /// <summary>The text as search reads it: traditional characters simplified, folded, white space gone.</summary>
    private static string Plain(string text) => WhiteSpace().Replace(CharacterFolding.Default.Normalize(text), "");

    private static int Occurrences(string text, string term)
    {
        var count = 0;
        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + term.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
