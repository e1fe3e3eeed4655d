using Search.Corpus.Metadata;

namespace Search.Corpus.Tests.Metadata;

public sealed class DatelineTests
{
    [Fact]
    public void The_session_sentence_gives_month_day_and_district()
    {
        var found = Dateline.Find(["2024年是崂山区建区30周年。2月5日，在青岛市崂山区第十九届人民代表大会第三次会议上，区长作政府工作报告。"]);

        Assert.Equal(new Dateline.Found(2, 5, "崂山区"), found);
    }

    [Fact]
    public void A_date_in_a_sentence_about_something_else_is_not_a_dateline()
    {
        Assert.Null(Dateline.Find(["开局定后势。", "1月28日举行的开年第一会上,崂山区把2023年确定为突破年。"]));
    }

    [Fact]
    public void Only_the_opening_paragraphs_are_searched()
    {
        Assert.Null(Dateline.Find(["甲。", "乙。", "丙。", "1月7日,平度市人民代表大会开幕。"]));
    }

    [Theory]
    [InlineData("1月7日,胶州市", true)]
    [InlineData("12月31日", true)]
    [InlineData("2024年1月7日", false)]
    [InlineData("开幕于1月7日", false)]
    public void A_paragraph_starting_with_a_date_is_recognised(string text, bool startsWithDate)
    {
        Assert.Equal(startsWithDate, Dateline.StartsWithDate(text));
    }
}
