using Search.Corpus.Figures;

namespace Search.Corpus.Tests.Figures;

public sealed class IndicatorsTests
{
    [Theory]
    [InlineData("地区生产总值", "地区生产总值")]
    [InlineData("GDP", "地区生产总值")]
    [InlineData("gdp", "地区生产总值")]
    [InlineData("生产总值", "地区生产总值")]
    [InlineData("新增城乡就业", "城镇新增就业")]
    [InlineData("CPI", "居民消费价格")]
    public void An_indicator_is_called_by_its_name_or_any_other_it_is_written_under(string name, string canonical) =>
        Assert.Equal(canonical, Indicators.Called(name)?.Name);

    [Theory]
    [InlineData("火星指数")]
    [InlineData("")]
    [InlineData("海洋生产总值")]
    public void A_name_of_no_indicator_is_none(string name)
    {
        Assert.Null(Indicators.Called(name));
        Assert.Null(Indicators.Named("GDP")); // the canonical name alone is what Named reads
    }
}
