using Search.Analysis.Terms;

namespace Search.Analysis.Tests.Terms;

public sealed class TermTextTests
{
    [Theory]
    [InlineData("三十")]
    [InlineData("第一")]
    [InlineData("两个")]
    [InlineData("二〇二四年")]
    [InlineData("半年")]
    [InlineData("2024年")]
    [InlineData("6.5%")]
    [InlineData("一亿吨")]
    public void Numbers_and_dates_are_numbers(string text) => Assert.True(TermText.IsNumber(text));

    [Theory]
    [InlineData("一国两制")]
    [InlineData("三 个 代表")]
    [InlineData("三 农")]
    [InlineData("个人")]
    [InlineData("十四五")] // the 14th five-year plan
    [InlineData("所有")]
    public void Words_that_hold_numerals_are_not_numbers(string text) => Assert.False(TermText.IsNumber(text));

    [Theory]
    [InlineData("新型 城镇化")]
    [InlineData("西部 大 开发")]
    [InlineData("三 个 代表")]
    [InlineData("科学 发展 观")]
    [InlineData("三 农")]
    [InlineData("新 突破")]
    [InlineData("碳达峰")]
    [InlineData("节能 减 排")] // one-character words in a row: a compound SmartCn did not know
    [InlineData("GDP")]
    public void Words_and_phrases_of_content_are_listed(string term) => Assert.True(TermText.IsListed(term));

    [Theory]
    [InlineData("发")] // one character
    [InlineData("2024年")] // a date
    [InlineData("三十")] // a number
    [InlineData("主编")] // the page's furniture
    [InlineData("美编")]
    [InlineData("版面")]
    [InlineData("一是")] // the speech's ordering
    [InlineData("同志们")]
    [InlineData("今年 经济 社会")] // furniture first
    [InlineData("性 住房")] // a suffix cut from 保障性住房
    [InlineData("端 装备 制造")] // a character cut from 高端
    [InlineData("中央 财政 拟")] // a verb left hanging
    [InlineData("，。")] // punctuation
    public void Numbers_furniture_and_cut_compounds_are_not_listed(string term) => Assert.False(TermText.IsListed(term));

    [Fact]
    public void A_phrase_is_shown_as_written_its_separator_kept_only_between_latin_words()
    {
        Assert.Equal("新型城镇化", TermText.Display("新型 城镇化"));
        Assert.Equal("5G基站", TermText.Display("5G 基站"));
        Assert.Equal("open source", TermText.Display("open source"));
    }

    [Theory]
    [InlineData("的", true)]
    [InlineData("和", true)]
    [InlineData("年", true)]
    [InlineData("2024", true)]
    [InlineData("大", false)]
    [InlineData("发展", false)]
    public void Particles_numbers_and_date_units_break_phrases(string word, bool breaks) => Assert.Equal(breaks, TermText.BreaksPhrase(word));
}
