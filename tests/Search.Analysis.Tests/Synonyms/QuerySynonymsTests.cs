using Search.Analysis.Synonyms;

namespace Search.Analysis.Tests.Synonyms;

public sealed class QuerySynonymsTests
{
    [Theory]
    [InlineData("黄岛", new[] { "黄岛区", "西海岸新区" })]
    [InlineData("黄岛区", new[] { "黄岛", "西海岸新区" })]
    [InlineData("西海岸新区", new[] { "黄岛区", "黄岛" })]
    [InlineData("gdp", new[] { "地区生产总值", "生产总值" })]
    [InlineData("地区生产总值", new[] { "gdp", "生产总值" })]
    public void A_name_finds_the_other_names_of_its_line(string term, string[] others) =>
        Assert.Equal(others.Order(), QuerySynonyms.Default.Of(term).Order());

    [Theory]
    [InlineData("营商环境")]
    [InlineData("黄岛区发展")]
    [InlineData("生产")]
    [InlineData("")]
    public void A_term_that_is_not_a_whole_name_has_none(string term) => Assert.Empty(QuerySynonyms.Default.Of(term));

    [Fact]
    public void Upper_case_is_looked_up_as_lower_case() =>
        Assert.Contains("地区生产总值", QuerySynonyms.Default.Of("GDP"));

    [Fact]
    public void Reads_solr_lines_and_comments()
    {
        var synonyms = QuerySynonyms.Parse(new StringReader("# comment\n甲,乙\n丙, 丁 ,戊\n"));

        Assert.Equal(["乙"], synonyms.Of("甲"));
        Assert.Equal(["丙", "戊"], synonyms.Of("丁").Order());
        Assert.Empty(QuerySynonyms.None.Of("甲"));
    }
}
