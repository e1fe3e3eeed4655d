using Search.Corpus.Pages;

namespace Search.Corpus.Tests.Pages;

/// <summary>The page rules, each on a small page written in the newspaper's style.</summary>
public sealed class PageParserTests
{
    private static IReadOnlyList<Article> Parse(params string[] lines) => PageParser.Parse(string.Join("\n\n", lines), "page.txt");

    [Fact]
    public void Label_line_layout_a_bare_district_name_announces_the_headline_below_it()
    {
        var articles = Parse(
            "区市两会传递强音",
            "市北",
            "打造国际航运贸易金融创新中心",
            "1月6日,市北区第十八届人民代表大会第五次会议开幕。会上所作的政府工作报告提出,2016年,市北区将加快转型。",
            "观海新闻/青岛晚报 记者 王明");

        var article = Assert.Single(articles);
        Assert.Equal("打造国际航运贸易金融创新中心", article.Title);
        Assert.Equal(["市北区"], article.PlaceNames);
        Assert.Equal(2016, article.Year);
        Assert.Equal(new DateOnly(2016, 1, 6), article.Date);
        Assert.Equal("观海新闻/青岛晚报 记者 王明", article.Byline);
    }

    [Fact]
    public void Headline_layout_district_colon_title_starts_each_article_and_bylines_close_them()
    {
        var articles = Parse(
            "即墨区：建设现代化国际化品质城区",
            "2月1日，即墨区第三届人民代表大会第一次会议召开。2030年，即墨区将全力推进项目建设。",
            "观海新闻 记者 李华",
            "李沧区：打造城市更新示范区",
            "2月2日，李沧区第二届人民代表大会第二次会议召开。2030年李沧区政府工作总的要求已经明确。",
            "观海新闻 记者 赵强");

        Assert.Equal(["即墨区：建设现代化国际化品质城区", "李沧区：打造城市更新示范区"], articles.Select(a => a.Title));
        Assert.Equal([["即墨区"], ["李沧区"]], articles.Select(a => a.PlaceNames));
        Assert.All(articles, article => Assert.Equal(2030, article.Year));
        Assert.Equal(new DateOnly(2030, 2, 2), articles[1].Date);
    }

    [Fact]
    public void Headings_stacked_above_the_headline_are_banners_not_titles()
    {
        var article = Assert.Single(Parse(
            "## 青岛日报 聚焦",
            "主编 张三 美编 李四 审读 王五 排版 赵六",
            "## 新时代新征程",
            "坚定不移推动高质量发展",
            "## 各区市抢抓开局",
            "□青岛日报/观海新闻记者 王凯",
            "2019年是决胜之年,各区市迅速行动。",
            "## 力争新突破",
            "崂山区加快项目建设。黄岛区召开动员大会。"));

        Assert.Equal("各区市抢抓开局", article.Title);
        Assert.Null(article.Subtitle);
        Assert.Equal("青岛日报/观海新闻记者 王凯", article.Byline);
        Assert.Equal("2019年是决胜之年,各区市迅速行动。\n力争新突破\n崂山区加快项目建设。黄岛区召开动员大会。", article.Body);
    }

    [Fact]
    public void A_roundup_lists_every_district_it_reports_on_including_aliases()
    {
        var article = Assert.Single(Parse(
            "## 各区市抢抓开局",
            "2019年是决胜之年。崂山区加快项目建设。黄岛区召开动员大会。上合示范区建设提速。"));

        Assert.Equal(["西海岸新区", "崂山区", "胶州市"], article.PlaceNames); // in the order of their codes
        Assert.Null(article.Date);
    }

    [Fact]
    public void The_dateline_names_the_district_when_the_headline_does_not()
    {
        var article = Assert.Single(Parse(
            "## 建设现代化新城区",
            "2月3日，青岛市黄岛区人民代表大会开幕。会上所作的政府工作报告提出，2018年，新区将聚焦制造业。",
            "报告还提到崂山区和城阳区的协作。"));

        Assert.Equal(["西海岸新区"], article.PlaceNames);
        Assert.Equal(new DateOnly(2018, 2, 3), article.Date);
    }

    [Fact]
    public void Text_above_the_first_headline_is_that_articles_lead()
    {
        var article = Assert.Single(Parse(
            "力争全年新签约项目300个以上……",
            "# 莱西市:塑造北部发展新优势",
            "1月8日,莱西市人民代表大会开幕。2021年,莱西市将攻坚克难。"));

        Assert.Equal("莱西市:塑造北部发展新优势", article.Title);
        Assert.StartsWith("力争全年新签约项目300个以上……\n1月8日", article.Body);
    }

    [Fact]
    public void A_one_sentence_deck_needs_the_dateline_after_it_otherwise_it_is_the_first_paragraph()
    {
        var deck = Parse("城阳区：建设活力城阳", "2023年,城阳区全力以赴做到五个突破。", "1月5日上午,城阳区人民代表大会开幕。");
        var paragraph = Parse("城阳区：建设活力城阳", "开局定后势。", "城阳区将坚持高质量发展。");

        Assert.Equal("2023年,城阳区全力以赴做到五个突破。", deck[0].Subtitle);
        Assert.Null(paragraph[0].Subtitle);
        Assert.Equal("开局定后势。\n城阳区将坚持高质量发展。", paragraph[0].Body);
    }

    [Fact]
    public void A_short_line_under_the_headline_is_its_deck_but_the_dateline_is_not()
    {
        var withDeck = Parse("平度市：建设幸福平度", "统筹抓好五区建设", "1月7日,平度市人民代表大会开幕。");
        var withoutDeck = Parse("平度市：建设幸福平度", "1月7日,平度市人民代表大会开幕。");

        Assert.Equal("统筹抓好五区建设", withDeck[0].Subtitle);
        Assert.Null(withoutDeck[0].Subtitle);
        Assert.Equal("1月7日,平度市人民代表大会开幕。", withoutDeck[0].Body);
    }

    [Fact]
    public void Photo_captions_go_to_captions_wherever_they_stand()
    {
        var article = Assert.Single(Parse(
            "城阳区：建设活力城阳",
            "■红岛站周边景观提升工程。",
            "2月1日,城阳区人民代表大会开幕。",
            "航拍城阳城区。王昭脉 摄",
            "会议审议政府工作报告。",
            "城阳城区美景。(城阳供图)"));

        Assert.Equal(["红岛站周边景观提升工程。", "航拍城阳城区。王昭脉 摄", "城阳城区美景。(城阳供图)"], article.Captions);
        Assert.Equal("2月1日,城阳区人民代表大会开幕。\n会议审议政府工作报告。", article.Body);
    }

    [Fact]
    public void A_paragraph_broken_mid_sentence_is_joined_across_a_blank_line_and_a_caption()
    {
        var article = Assert.Single(Parse(
            "城阳区：建设活力城阳",
            "2月1日,城阳区人民代表大会开幕。",
            "全力推进生态建设，持续改善空气质量，深入开展污染防治和节能降碳，加",
            "■城阳城区一角。",
            "快推进绿色低碳转型。"));

        Assert.Equal("2月1日,城阳区人民代表大会开幕。\n全力推进生态建设，持续改善空气质量，深入开展污染防治和节能降碳，加快推进绿色低碳转型。", article.Body);
    }

    [Fact]
    public void A_short_sentence_between_two_halves_of_a_paragraph_is_a_caption()
    {
        var article = Assert.Single(Parse(
            "城阳区：建设活力城阳",
            "2月1日,城阳区人民代表大会开幕。",
            "经过多年的接续奋斗，城阳高质量发展正迎来蓄势聚能、振翅高翔的黄",
            "城阳城区日新月异。",
            "金机遇期。城阳区将坚持高质量发展。"));

        Assert.Equal(["城阳城区日新月异。"], article.Captions);
        Assert.Equal("2月1日,城阳区人民代表大会开幕。\n经过多年的接续奋斗，城阳高质量发展正迎来蓄势聚能、振翅高翔的黄金机遇期。城阳区将坚持高质量发展。", article.Body);
    }

    [Fact]
    public void A_full_report_has_no_captions_its_short_sentences_stay_where_they_stand()
    {
        // The State Council's report of 2014 as published: M₂'s subscript on a line of its own.
        var report = Assert.Single(Parse("2014年中华人民共和国国务院政府工作报告", "各位代表：",
            "让市场吃了“定心丸”，成为经济稳中向好的关键一招。去年财政赤字控制在预算范围内，广义货币M", "2", "增长13.6%，符合调控要求。",
            "在保持总量政策稳定的同时，积极盘活存量、用好增量。"));
        // A newspaper's piece about a report may print photos: there the rule stands.
        var digest = Assert.Single(Parse("2025年城阳区政府工作报告（摘要）", "2月1日,城阳区人民代表大会开幕。",
            "经过多年的接续奋斗，城阳高质量发展正迎来蓄势聚能、振翅高翔的黄", "城阳城区日新月异。", "金机遇期。城阳区将坚持高质量发展。"));

        Assert.Empty(report.Captions);
        Assert.Equal("各位代表：\n让市场吃了“定心丸”，成为经济稳中向好的关键一招。去年财政赤字控制在预算范围内，广义货币M2增长13.6%，符合调控要求。\n"
            + "在保持总量政策稳定的同时，积极盘活存量、用好增量。", report.Body);
        Assert.Equal(["城阳城区日新月异。"], digest.Captions);
    }

    [Fact]
    public void A_short_sentence_after_a_finished_paragraph_stays_in_the_body()
    {
        var article = Assert.Single(Parse("城阳区：建设活力城阳", "会议开幕。", "开局定后势。", "城阳区将坚持高质量发展。"));

        Assert.Empty(article.Captions);
        Assert.Equal("会议开幕。\n开局定后势。\n城阳区将坚持高质量发展。", article.Body);
    }

    [Fact]
    public void A_short_unpunctuated_line_is_a_section_heading_unless_the_next_line_opens_with_the_rest_of_its_word()
    {
        var heading = Parse("城阳区：建设活力城阳", "会议开幕。", "扛牢重任,加快拓展发展新成果", "把握开放机遇，作出更大贡献。");
        var broken = Parse("城阳区：建设活力城阳", "会议开幕。", "强链固链，加快先进制造业发", "展。点燃项目强引擎。");

        Assert.Equal("会议开幕。\n扛牢重任,加快拓展发展新成果\n把握开放机遇，作出更大贡献。", heading[0].Body);
        Assert.Equal("会议开幕。\n强链固链，加快先进制造业发展。点燃项目强引擎。", broken[0].Body);
    }

    [Fact]
    public void A_reports_numbered_part_is_never_joined_into_a_paragraph_that_lacks_its_full_stop()
    {
        // The State Council's report of 2012 as published: the opening sentence has no full stop.
        var article = Assert.Single(Parse("2012年中华人民共和国国务院政府工作报告", "各位代表：",
            "现在，我代表国务院，向大会报告政府工作，请各位代表审议，并请全国政协委员提出意见",
            "一、2011年工作回顾", "过去的一年，面对复杂多变的国际政治经济环境，取得新的重大成就。"));

        Assert.Equal("各位代表：\n现在，我代表国务院，向大会报告政府工作，请各位代表审议，并请全国政协委员提出意见\n一、2011年工作回顾\n"
            + "过去的一年，面对复杂多变的国际政治经济环境，取得新的重大成就。", article.Body);
    }

    [Fact]
    public void Markdown_section_headings_lose_their_marks_and_are_never_joined_into()
    {
        var article = Assert.Single(Parse("# 崂山区:提质争先", "会议开幕，", "## 聚力科技创新", "加快产业升级。"));

        Assert.Equal("会议开幕，\n聚力科技创新\n加快产业升级。", article.Body);
    }

    [Fact]
    public void An_article_without_a_year_of_its_own_takes_the_year_of_its_page()
    {
        var articles = Parse(
            "胶州",
            "建设现代化新区",
            "1月5日,胶州市人民代表大会开幕。2017年,胶州市将扩大开放。",
            "观海新闻 记者 马丙政",
            "平度",
            "建设幸福平度",
            "1月5日,平度市人民代表大会开幕。新的一年,平度市将统筹发展。",
            "观海新闻 记者 马丙政");

        Assert.Equal([2017, 2017], articles.Select(article => article.Year));
        Assert.Equal(new DateOnly(2017, 1, 5), articles[1].Date);
    }

    [Fact]
    public void A_date_that_does_not_exist_is_left_unknown()
    {
        var article = Assert.Single(Parse("平度市：建设幸福平度", "2月30日,平度市人民代表大会开幕。2023年,平度市将统筹发展。"));

        Assert.Equal(2023, article.Year);
        Assert.Null(article.Date);
    }

    [Fact]
    public void Client_lines_editor_credits_and_punctuation_lines_never_become_titles_or_body()
    {
        var article = Assert.Single(Parse(
            "客户端:青岛观 客户端:观海新闻",
            "主编 赵波 美编 李飞 审读 姜胜保 排版 韩婷",
            "莱西市：攻坚克难",
            ".....",
            "1月6日，莱西市人民代表大会开幕。"));

        Assert.Equal("莱西市：攻坚克难", article.Title);
        Assert.Equal("1月6日，莱西市人民代表大会开幕。", article.Body);
    }

    [Fact]
    public void A_page_without_any_headline_still_yields_its_text_titled_by_its_first_sentence()
    {
        var article = Assert.Single(Parse("市南区加快城市更新。2024年,市南区将提升品质。"));

        Assert.Equal("市南区加快城市更新", article.Title);
        Assert.Equal(["市南区"], article.PlaceNames);
    }

    [Fact]
    public void Windows_line_endings_and_full_width_spaces_are_tolerated()
    {
        var article = Assert.Single(PageParser.Parse("\uFEFF平度市：建设幸福平度\r\n\r\n\u3000\u30001月7日,平度市人民代表大会开幕。\r\n", "p.txt"));

        Assert.Equal("平度市：建设幸福平度", article.Title);
        Assert.Equal("1月7日,平度市人民代表大会开幕。", article.Body);
    }

    [Fact]
    public void An_article_is_cited_by_its_bylines_paper_the_mastheads_date_and_page()
    {
        var articles = Parse(
            "青岛日报",
            "2024年2月6日 星期二",
            "第3版 区市两会",
            "崂山区：聚力做到“七个提质争先”",
            "2月5日，在青岛市崂山区第十九届人民代表大会第三次会议上，区长作政府工作报告。",
            "观海新闻/青岛晚报/掌上青岛 记者 张译心",
            "平度市：将民生愿景变为幸福实景",
            "2月4日，平度市第十九届人民代表大会第四次会议开幕。",
            "记者 马丙政");

        Assert.Equal(
            [new Provenance("青岛晚报", new DateOnly(2024, 2, 6), "3"), new Provenance("青岛日报", new DateOnly(2024, 2, 6), "3")],
            articles.Select(article => article.Provenance));
        Assert.Equal(new DateOnly(2024, 2, 5), articles[0].Date); // the session's date stays the session's
    }

    [Fact]
    public void A_source_line_under_a_reports_title_names_its_paper_and_splits_nothing()
    {
        var article = Assert.Single(Parse(
            "2025年海南省政府工作报告",
            "——2025年1月14日海南省省长 刘小明在海南省第七届人民代表大会第四次会议上的讲话",
            "来源：海南日报",
            "各位代表：",
            "现在，我代表省人民政府，向大会报告工作，请予审议。"));

        Assert.Equal("海南日报", article.Provenance.Paper);
        Assert.Equal("来源：海南日报", article.Byline);
        Assert.Equal(["海南省"], article.PlaceNames);
        Assert.Equal(new DateOnly(2025, 1, 14), article.Date);
        Assert.DoesNotContain("来源", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_several_districts_bear_is_read_in_the_papers_home_city_and_left_out_without_one()
    {
        string[] page = ["鼓楼", "打造现代化国际城市核心区", "1月8日，鼓楼区第十八届人民代表大会第四次会议开幕。", "记者 林一"];

        Assert.Equal(["鼓楼区"], Assert.Single(Parse(["福州日报", .. page])).PlaceNames);
        Assert.Equal("350102", Assert.Single(Parse(["福州日报", .. page])).Places[0].Code);
        Assert.Empty(Assert.Single(Parse(page)).Places);
    }
}
