using Search.Corpus.Metadata;
using Search.Places;
using Search.Tests;

namespace Search.Corpus.Tests.Metadata;

public sealed class DatelineTests
{
    [Fact]
    public void A_write_ups_session_sentence_gives_month_day_and_the_reporting_district()
    {
        var found = Dateline.Find(null, ["2024年是崂山区建区30周年。2月5日，在青岛市崂山区第十九届人民代表大会第三次会议上，区长作政府工作报告。"], []);

        Assert.Equal(new Dateline.Found(null, 2, 5, Named.Place("崂山区")), found);
    }

    [Fact]
    public void A_full_reports_deck_gives_the_whole_date_and_the_province()
    {
        var found = Dateline.Find("——2025年1月19日在江苏省第十四届人民代表大会第三次会议上", ["各位代表：现在，我代表省人民政府，向大会报告工作。"], []);

        Assert.Equal(new Dateline.Found(2025, 1, 19, Named.Place("江苏省")), found);
    }

    [Fact]
    public void The_national_peoples_congress_is_the_state_councils_session()
    {
        var found = Dateline.Find("——２０１４年３月５日在第十二届全国人民代表大会第二次会议上", [], []);

        Assert.Equal(new Dateline.Found(2014, 3, 5, Gazetteer.Nation), found);
    }

    [Fact]
    public void A_date_in_a_sentence_about_something_else_is_not_a_dateline()
    {
        Assert.Null(Dateline.Find(null, ["开局定后势。", "1月28日举行的开年第一会上,崂山区把2023年确定为突破年。"], []));
    }

    [Fact]
    public void Only_the_opening_paragraphs_are_searched()
    {
        Assert.Null(Dateline.Find(null, ["甲。", "乙。", "丙。", "1月7日,平度市人民代表大会开幕。"], []));
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
