using Search.Corpus.Figures;
using Search.Tests;
using static Search.Corpus.Figures.FigureKind;
using static Search.Corpus.Figures.FigureMeasure;

namespace Search.Corpus.Tests.Figures;

public sealed class FigureExtractorTests
{
    private static Article Report(string body, int? year = 2025, params string[] districts) =>
        new("a-1", "标题", null, Named.Places(districts.Length == 0 ? ["胶州市"] : districts), year, null, null, [], "page.txt", body);

    /// <summary>A fact as the tests compare it: everything but where it stands.</summary>
    private static (string Place, int Year, FigureKind Kind, string Indicator, FigureMeasure Measure, decimal? Value, string? Unit, string? Qualifier) Fact(KeyFigure figure) =>
        (figure.Place.Name, figure.Year, figure.Kind, figure.Indicator, figure.Measure, figure.Value, figure.Unit, figure.Qualifier);

    private static List<(string, int, FigureKind, string, FigureMeasure, decimal?, string?, string?)> Facts(Article article) =>
        [.. FigureExtractor.Extract(article).Select(Fact)];

    [Fact]
    public void A_sentence_listing_several_indicators_gives_one_fact_each()
    {
        var facts = Facts(Report("2025年,胶州市经济社会发展主要预期目标为:生产总值增长5.6%,一般公共预算收入增长3%,规上工业增加值增长9%,社会消费品零售总额增长8%,货物进出口增长10%。"));

        Assert.Equal(
        [
            ("胶州市", 2025, Target, "地区生产总值", Growth, 5.6m, "%", null),
            ("胶州市", 2025, Target, "一般公共预算收入", Growth, 3m, "%", null),
            ("胶州市", 2025, Target, "规模以上工业增加值", Growth, 9m, "%", null),
            ("胶州市", 2025, Target, "社会消费品零售总额", Growth, 8m, "%", null),
            ("胶州市", 2025, Target, "货物进出口", Growth, 10m, "%", null),
        ], facts);
    }

    [Fact]
    public void A_clause_that_leaves_the_indicator_out_takes_it_from_the_clause_before()
    {
        var facts = Facts(Report("2024年,全区全年生产总值完成1150.89亿元,增长7%;一般公共预算收入达到220.38亿元,增长8.2%;完成节能减排降碳任务,增长信心。", 2025));

        Assert.Equal(
        [
            ("胶州市", 2024, Result, "地区生产总值", Amount, 1150.89m, "亿元", null),
            ("胶州市", 2024, Result, "地区生产总值", Growth, 7m, "%", null),
            ("胶州市", 2024, Result, "一般公共预算收入", Amount, 220.38m, "亿元", null),
            ("胶州市", 2024, Result, "一般公共预算收入", Growth, 8.2m, "%", null),
        ], facts);
    }

    [Fact]
    public void A_subject_is_not_carried_past_a_clause_about_something_else_or_into_the_next_sentence()
    {
        var facts = Facts(Report("生产总值增长6%,新开工项目120个,增长15%。增长5%。"));

        Assert.Equal([("胶州市", 2025, Target, "地区生产总值", Growth, 6m, "%", null)], facts);
    }

    [Theory]
    [InlineData("生产总值增长6.5%左右。", 6.5, "左右")]
    [InlineData("固定资产投资增长10%以上。", 10, "以上")]
    [InlineData("生产总值增长不低于5%。", 5, "不低于")]
    [InlineData("全年利用外资4亿美元以上。", 4, "以上")]
    public void The_qualifier_is_kept_as_written(string body, double value, string qualifier)
    {
        var figure = Assert.Single(FigureExtractor.Extract(Report(body)));

        Assert.Equal((decimal)value, figure.Value);
        Assert.Equal(qualifier, figure.Qualifier);
    }

    [Theory]
    [InlineData("居民人均可支配收入与经济增长基本同步。", "与经济增长基本同步")]
    [InlineData("城乡居民人均可支配收入增速与经济增长同步。", "与经济增长同步")]
    public void A_figure_that_is_only_a_relation_has_a_qualifier_and_no_value(string body, string qualifier)
    {
        var figure = Assert.Single(FigureExtractor.Extract(Report(body)));

        Assert.Equal(("居民人均可支配收入", Growth, null, null, qualifier), (figure.Indicator, figure.Measure, figure.Value, figure.Unit, figure.Qualifier));
    }

    [Fact]
    public void Growth_and_amount_of_one_indicator_are_two_facts_with_their_units()
    {
        var facts = FigureExtractor.Extract(Report("社会消费品零售总额完成560亿元,增长6%;新增城镇就业2.2万人。"));

        Assert.Equal([(Amount, 560m, "亿元"), (Growth, 6m, "%"), (Amount, 2.2m, "万人")], facts.Select(fact => (fact.Measure, fact.Value, fact.Unit)));
        Assert.Equal(["社会消费品零售总额", "社会消费品零售总额", "城镇新增就业"], facts.Select(fact => fact.Indicator));
    }

    [Fact]
    public void An_increment_in_an_amount_unit_is_not_the_indicators_amount()
    {
        Assert.Empty(FigureExtractor.Extract(Report("一般公共预算收入增长30亿元。")));
    }

    [Fact]
    public void A_year_named_before_the_report_year_makes_a_result_and_the_report_year_a_target()
    {
        var facts = Facts(Report("报告回顾了2024年工作。生产总值增长5.8%。\n2025年,主要预期目标是:生产总值增长6%左右。", 2025));

        Assert.Equal(
        [
            ("胶州市", 2024, Result, "地区生产总值", Growth, 5.8m, "%", null),
            ("胶州市", 2025, Target, "地区生产总值", Growth, 6m, "%", "左右"),
        ], facts);
    }

    [Fact]
    public void Without_a_year_in_its_paragraph_a_figure_is_the_report_years_target_unless_it_looks_back()
    {
        var facts = Facts(Report("2024年是关键之年。\n全区生产总值增长6%。\n去年,全区生产总值增长5.2%。", 2025));

        Assert.Equal(
        [
            ("胶州市", 2025, Target, "地区生产总值", Growth, 6m, "%", null),
            ("胶州市", 2024, Result, "地区生产总值", Growth, 5.2m, "%", null),
        ], facts);
    }

    [Fact]
    public void A_starting_point_is_not_the_year_a_figure_is_for()
    {
        var facts = Facts(Report("2023年以来,全区生产总值增长6%。", 2025));

        Assert.Equal([("胶州市", 2025, Target, "地区生产总值", Growth, 6m, "%", null)], facts);
    }

    [Fact]
    public void A_figure_set_for_a_later_deadline_is_no_figure_of_the_report_s_year()
    {
        Assert.Empty(Facts(Report("2023年以来,到2027年,全区生产总值增长6%。", 2025)));
        Assert.Single(Facts(Report("到2025年底,全区生产总值增长6%。", 2025)));
    }

    [Fact]
    public void Without_a_year_anywhere_nothing_is_guessed()
    {
        Assert.Empty(FigureExtractor.Extract(Report("生产总值增长6%。", year: null)));
    }

    [Fact]
    public void A_roundup_gives_each_figure_to_the_district_named_before_it()
    {
        var body = "区市两会传递强音。\n李沧区将加快建设产业园区,生产总值增长6%。\n崂山\n全区一般公共预算收入增长5%。\n即墨区提出,新增城镇就业1.2万人。";
        var facts = Facts(Report(body, 2023, "李沧区", "崂山区", "即墨区"));

        Assert.Equal(
        [
            ("李沧区", 2023, Target, "地区生产总值", Growth, 6m, "%", null),
            ("崂山区", 2023, Target, "一般公共预算收入", Growth, 5m, "%", null),
            ("即墨区", 2023, Target, "城镇新增就业", Amount, 1.2m, "万人", null),
        ], facts);
    }

    [Fact]
    public void A_roundup_figure_before_any_district_is_named_is_left_out()
    {
        Assert.Empty(FigureExtractor.Extract(Report("全市生产总值增长6%。李沧区将加快发展。", 2023, "李沧区", "崂山区")));
    }

    [Theory]
    [InlineData("全年海洋生产总值增长10%以上。")]
    [InlineData("推动全区数字经济核心产业增加值占GDP比重超过30%。")]
    [InlineData("实现利用内资330亿元以上。")]
    [InlineData("着力提高制造业利用外资水平。")]
    [InlineData("旅游总收入突破200亿元。")]
    public void Indicators_that_are_not_in_the_list_are_not_guessed(string body)
    {
        Assert.Empty(FigureExtractor.Extract(Report(body)));
    }

    [Theory]
    [InlineData("GDP增长6%。", "地区生产总值", "GDP")]
    [InlineData("区级一般公共预算收入增长6%左右。", "一般公共预算收入", "一般公共预算收入")]
    [InlineData("全区规模以上工业增加值增长10%以上。", "规模以上工业增加值", "规模以上工业增加值")]
    [InlineData("实现进出口总额增长8%以上。", "货物进出口", "进出口总额")]
    [InlineData("全年计划新增城镇就业2.2万人。", "城镇新增就业", "新增城镇就业")]
    [InlineData("农村居民人均可支配收入增长7%。", "农村居民人均可支配收入", "农村居民人均可支配收入")]
    [InlineData("城镇居民人均可支配收入增长5%。", "城镇居民人均可支配收入", "城镇居民人均可支配收入")]
    [InlineData("居民消费价格涨幅控制在3%左右。", "居民消费价格", "居民消费价格涨幅")]
    [InlineData("实际使用外资达到5亿美元。", "实际使用外资", "实际使用外资")]
    public void Usual_names_and_short_forms_map_to_one_canonical_name(string body, string indicator, string label)
    {
        var figure = Assert.Single(FigureExtractor.Extract(Report(body)));

        Assert.Equal((indicator, label), (figure.Indicator, figure.Label));
    }

    [Fact]
    public void A_fact_says_where_its_figure_and_its_sentence_stand_in_the_body()
    {
        const string body = "会议指出。\n2025年,主要预期目标为:生产总值增长5.6%,一般公共预算收入增长3%。其余从略。";
        var figures = FigureExtractor.Extract(Report(body));

        Assert.Equal(["生产总值增长5.6%", "一般公共预算收入增长3%"], figures.Select(figure => figure.Figure.Of(body)));
        Assert.All(figures, figure => Assert.Equal("2025年,主要预期目标为:生产总值增长5.6%,一般公共预算收入增长3%", figure.Sentence.Of(body)));
        Assert.All(figures, figure => Assert.Equal("a-1", figure.ArticleId));
    }

    [Fact]
    public void A_figure_in_an_endless_sentence_keeps_the_stretch_around_it_not_the_whole()
    {
        var body = "2025年，" + string.Concat(Enumerable.Repeat("全区会议开幕，", 5000)) + "生产总值增长6.5%左右，" + string.Concat(Enumerable.Repeat("全区会议闭幕，", 5000));

        var figure = Assert.Single(FigureExtractor.Extract(Report(body)));

        Assert.Equal((6.5m, "左右"), (figure.Value, figure.Qualifier));
        Assert.True(figure.Sentence.Length <= FigureExtractor.MaxSentenceLength);
        Assert.Contains("生产总值增长6.5%左右", figure.SentenceText);
        Assert.Equal(body.Substring(figure.Sentence.Start, figure.Sentence.Length), figure.SentenceText);
    }

    [Fact]
    public void A_number_too_long_for_any_figure_is_no_figure()
    {
        Assert.Empty(Facts(Report("2025年，生产总值增长" + new string('9', 40_000) + "%。")));
        Assert.Empty(Facts(Report("2025年，生产总值达到" + new string('１', 40_000) + "亿元。")));
    }

    [Fact]
    public void Full_width_figures_read_as_ascii_ones()
    {
        Assert.Equal(Facts(Report("２０２４年，全区生产总值完成１１５０．８９亿元，增长７％。", 2025)),
            Facts(Report("2024年，全区生产总值完成1150.89亿元，增长7%。", 2025)));
    }
}
