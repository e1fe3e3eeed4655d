using Search.Corpus.Printing;

namespace Search.Corpus.Tests.Printing;

public sealed class PrintingReaderTests
{
    [Theory]
    [InlineData("观海新闻/青岛晚报/掌上青岛 首席记者 张译心 通讯员 张绪霞 赵子健", "青岛晚报")] // the printed paper before the clients
    [InlineData("青岛日报/观海新闻记者 王凯", "青岛日报")]
    [InlineData("□青岛日报/观海新闻记者 王凯", "青岛日报")]
    [InlineData("观海新闻记者 王凯", "观海新闻")] // a client alone is still where it came from
    [InlineData("来源：解放日报", "解放日报")]
    [InlineData("来源:黑龙江新闻网", "黑龙江新闻网")]
    [InlineData("來源：廣西日報", "广西日报")]
    [InlineData("来源：某某县融媒体中心", "某某县融媒体中心")] // a source line names its paper even when the service does not know it
    [InlineData("衣涛 张绪霞 赵子健", null)]
    [InlineData("记者 马丙政", null)]
    public void A_credit_names_the_paper_it_was_printed_in(string credit, string? paper)
    {
        Assert.Equal(paper, PrintingReader.PaperOfCredit(credit));
    }

    [Theory]
    [InlineData("青岛日报 聚焦", "青岛日报")]
    [InlineData("青岛晚报", "青岛晚报")]
    [InlineData("青岛日报/观海新闻记者 王凯", null)]
    [InlineData("青岛市崂山区第十九届人民代表大会", null)]
    public void A_masthead_opens_with_a_known_papers_name(string line, string? paper)
    {
        Assert.Equal(paper, PrintingReader.PaperOfMasthead(line));
    }

    [Theory]
    [InlineData("第3版", "3")]
    [InlineData("2024年2月6日 星期二 第 3 版 区市新闻", "3")]
    [InlineData("A03版：要闻", "A03")]
    [InlineData("版次：5", "5")]
    [InlineData("增长3.5%，在全省第3版块", null)]
    [InlineData("今年推出第3版规划，将加快建设各项重点工程，为全区人民群众创造更加美好的生活环境。", null)]
    public void A_short_line_may_number_the_page(string line, string? edition)
    {
        Assert.Equal(edition, PrintingReader.EditionOf(line));
    }

    [Theory]
    [InlineData("2024年2月6日 星期二", "2024-02-06")]
    [InlineData("2023年1月30日星期一 农历癸卯年正月初九", "2023-01-30")]
    [InlineData("２０２５年１月１５日 周三", "2025-01-15")]
    [InlineData("2月5日，在青岛市崂山区第十九届人民代表大会第三次会议上", null)] // the session's date, not the paper's
    [InlineData("2024年2月30日 星期五", null)]
    public void A_masthead_dates_the_paper_with_the_weekday(string line, string? published)
    {
        Assert.Equal(published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), PrintingReader.PublishedOf(line));
    }

    [Fact]
    public void A_page_gives_its_mastheads_paper_date_and_page()
    {
        var page = PrintingReader.OfPage(["青岛晚报", "2024年2月6日 星期二", "第3版 区市两会", "崂山区：聚力做到“七个提质争先”", "正文。"]);

        Assert.Equal(new Provenance("青岛晚报", new DateOnly(2024, 2, 6), "3"), page);
    }
}
