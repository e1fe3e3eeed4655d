using Search.Engine.Querying;

namespace Search.Engine.Tests.Querying;

public sealed class QueryParserTests
{
    private static string Describe(ParsedQuery query) =>
        string.Join(" & ", query.Groups.Select(group => string.Join(" | ", group.Select(Term)))) +
        (query.Excluded.Count > 0 ? " - " + string.Join(" - ", query.Excluded.Select(Term)) : "") +
        (query.Places.Count > 0 ? " @" + string.Join(",", query.Places.Select(place => place.Name)) : "") +
        (query.Years is { } years ? $" y{years.From}..{years.To}" : "") +
        string.Concat(query.ExcludedPlaces.Select(place => " -@" + place.Name)) +
        string.Concat(query.ExcludedYears.Select(years => $" -y{years.From}..{years.To}"));

    private static string Term(QueryTerm term) => (term.TitleOnly ? "title:" : "") + (term.IsPhrase ? $"\"{term.Text}\"" : term.Text);

    [Theory]
    [InlineData("崂山 提质", "崂山 & 提质")]
    [InlineData("\"新旧动能转换\" 青岛", "\"新旧动能转换\" & 青岛")]
    [InlineData("“开门红” 城阳", "\"开门红\" & 城阳")]
    [InlineData("港 OR 海 税", "港 | 海 & 税")]
    [InlineData("上合 AND 自贸 AND", "上合 & 自贸")]
    [InlineData("\"AND\" and", "\"AND\" & and")]
    [InlineData("发展 -崂山 NOT 平度", "发展 - 崂山 - 平度")]
    [InlineData("district:崂山 year:2024 民生", "民生 @崂山区 y2024..2024")]
    [InlineData("year:2025..2023 district:黄岛区", " @西海岸新区 y2023..2025")]
    [InlineData("民生 -year:2024 NOT district:崂山 -year:2019..2020", "民生 -@崂山区 -y2024..2024 -y2019..2020")]
    [InlineData("year:2023 year:2024..2025", " y2024..2023")]
    [InlineData("title:平度 title:\"民生实事\"", "title:平度 & title:\"民生实事\"")]
    [InlineData("\"unclosed quote", "\"unclosed quote\"")]
    [InlineData("OR 港 OR", "港")]
    [InlineData("- 港 -", "港")]
    [InlineData("district:火星 year:abc", "district:火星 & year:abc")]
    [InlineData("(上合 示范区", "(上合 & 示范区")]
    [InlineData("\"\" ， 。", "")]
    [InlineData("港\u0000海\u001F", "港 & 海")]
    [InlineData("营商* *崂山 -城阳＊ \"营商*\" *", "营商 & 崂山 & \"营商*\" - 城阳")]
    public void Parses_the_query_language_forgivingly(string input, string expected)
    {
        Assert.Equal(expected, Describe(QueryParser.Parse(input)));
    }

    [Fact]
    public void Overlong_input_is_cut_without_splitting_a_surrogate_pair()
    {
        var input = new string('港', QueryParser.MaxLength - 1) + "𠀀𠀀";

        var term = Assert.Single(Assert.Single(QueryParser.Parse(input).Groups));

        Assert.Equal(QueryParser.MaxLength + 1, term.Text.Length);
        Assert.True(char.IsLowSurrogate(term.Text[^1]));
    }

    [Fact]
    public void At_most_32_terms_are_kept()
    {
        var query = QueryParser.Parse(string.Join(' ', Enumerable.Range(0, 100).Select(i => $"词{i}")));

        Assert.Equal(QueryParser.MaxTerms, query.Groups.Count);
    }
}
