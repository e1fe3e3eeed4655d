using Search.Corpus.Figures;
using Search.Tests;
using static Search.Corpus.Figures.FigureKind;
using static Search.Corpus.Figures.FigureMeasure;

namespace Search.Corpus.Tests.Figures;

/// <summary>
/// Figures as full work reports write them: a review part and a plan part, lists joined by 、 and
/// 分别, ranges, falls, rates, estimates — and the clauses that look like figures and are not.
/// </summary>
public sealed class FullReportFiguresTests
{
    private static Article Report(string body, string place = "山东省", int year = 2025) =>
        new("r-1", $"{year}年{place}政府工作报告", null, Named.Places(place), year, null, null, [], "report.txt", body);

    private static List<(int Year, FigureKind Kind, string Indicator, FigureMeasure Measure, decimal? Value, string? Unit)> Facts(Article article) =>
        [.. FigureExtractor.Extract(article).Select(figure => (figure.Year, figure.Kind, figure.Indicator, figure.Measure, figure.Value, figure.Unit))];

    private const string Review = "一、2024年工作回顾\n";
    private const string Plan = "\n二、2025年目标任务和重点工作\n";

    [Fact]
    public void The_review_part_gives_last_year_s_results_and_the_plan_part_this_year_s_targets()
    {
        var facts = Facts(Report(Review + "一年来，全省生产总值增长5.3%。" + Plan + "主要预期目标是：地区生产总值增长5%左右。"));

        Assert.Equal([(2024, Result, "地区生产总值", Growth, 5.3m, "%"), (2025, Target, "地区生产总值", Growth, 5m, "%")], facts);
    }

    [Fact]
    public void A_first_part_whose_heading_names_no_year_is_still_the_review()
    {
        var facts = Facts(Report("一、牢记殷殷嘱托，在接续奋斗中建设取得新成效\n城镇新增就业53.1万人。\n二、牢记历史使命，奋勇争先\n城镇新增就业50万人以上。"));

        Assert.Equal([(2024, Result, "城镇新增就业", Amount, 53.1m, "万人"), (2025, Target, "城镇新增就业", Amount, 50m, "万人")], facts);
    }

    [Theory]
    [InlineData("全省生产总值2022年达到8.3万亿元，2023年达到9.2万亿元。", "a five-year review's earlier years")]
    [InlineData("到2027年，地区生产总值达到12万亿元。", "another year's goal")]
    [InlineData("前三季度地区生产总值增长5.1%。", "part of a year")]
    [InlineData("一季度规模以上工业增加值增长6%。", "part of a year")]
    [InlineData("地区生产总值年均增长6.1%。", "an average over years")]
    [InlineData("五年来，人民生活明显改善。城镇新增就业4200万人。", "a five-year review's sum")]
    [InlineData("海洋生产总值增长8%。", "another indicator containing the name")]
    [InlineData("数字经济核心产业增加值增长12%。", "another indicator")]
    [InlineData("研发经费支出占地区生产总值比重达到2.5%。", "a share of GDP")]
    [InlineData("财政赤字率拟按4%左右安排。", "the deficit ratio")]
    [InlineData("出口增长5.3%。", "exports alone are not 进出口")]
    [InlineData("城镇登记失业率3.2%。", "another unemployment measure")]
    [InlineData("一般公共预算总收入增长4%。", "includes the central share")]
    public void A_clause_that_only_looks_like_a_figure_gives_none(string clause, string why)
    {
        Assert.True(Facts(Report(Review + clause + Plan + clause)).Count == 0, why);
    }

    [Fact]
    public void A_clause_cut_at_each_pause_that_opens_another_figure()
    {
        var facts = Facts(Report(Review + "地方一般公共预算收入达到8374.2亿元、增长0.7%，城镇居民人均可支配收入增长5.5%、农村居民人均可支配收入增长8.2%。" + Plan));

        Assert.Equal(
        [
            (2024, Result, "一般公共预算收入", Amount, 8374.2m, "亿元"),
            (2024, Result, "一般公共预算收入", Growth, 0.7m, "%"),
            (2024, Result, "城镇居民人均可支配收入", Growth, 5.5m, "%"),
            (2024, Result, "农村居民人均可支配收入", Growth, 8.2m, "%"),
        ], facts);
    }

    [Theory]
    [InlineData("城乡居民人均可支配收入分别增长4.3%、6.1%。", 4.3, 6.1, "%")]
    [InlineData("城镇和农村居民人均可支配收入分别增长4.3%和7.1%。", 4.3, 7.1, "%")]
    [InlineData("城镇居民、农村居民人均可支配收入分别增长4.6%、6.7%。", 4.6, 6.7, "%")]
    [InlineData("城乡居民人均可支配收入分别达6.6万元和3.2万元。", 6.6, 3.2, "万元")]
    public void Urban_and_rural_income_given_together_are_two_facts(string clause, double urban, double rural, string unit)
    {
        var facts = Facts(Report(Review + clause + Plan));

        Assert.Equal([("城镇居民人均可支配收入", (decimal)urban, unit), ("农村居民人均可支配收入", (decimal)rural, unit)],
            facts.Select(fact => (fact.Indicator, fact.Value!.Value, fact.Unit!)));
    }

    [Fact]
    public void A_range_keeps_both_ends_a_fall_is_negative_and_a_rate_is_a_level()
    {
        var figures = FigureExtractor.Extract(Report(Review + "居民消费价格下降0.1%，城镇调查失业率平均为4.7%。" + Plan + "地区生产总值增长5.0%—5.5%，经济增长5.5-6%。"));

        Assert.Equal(
        [
            ("居民消费价格", Growth, -0.1m, (decimal?)null),
            ("城镇调查失业率", Amount, 4.7m, null),
            ("地区生产总值", Growth, 5.0m, 5.5m),
            ("地区生产总值", Growth, 5.5m, 6m),
        ], figures.Select(figure => (figure.Indicator, figure.Measure, figure.Value!.Value, figure.ValueHigh)));
    }

    [Fact]
    public void A_result_of_a_sentence_marked_preliminary_is_an_estimate()
    {
        var figures = FigureExtractor.Extract(Report(Review + "初步统计，全省地区生产总值57761亿元、增长5.5%。城镇新增就业53.1万人。" + Plan + "预计目标：城镇新增就业50万人。"));

        Assert.Equal([(Result, true), (Result, true), (Result, false), (Target, false)], figures.Select(figure => (figure.Kind, figure.Estimate)));
    }

    [Fact]
    public void Units_of_full_reports_are_read()
    {
        var facts = Facts(Report(Review + "地区生产总值达13.7万亿元，实际使用外资175亿美元左右、约合1243亿元人民币，货物进出口增长1.33倍。" + Plan));

        Assert.Equal([(13.7m, "万亿元"), (175m, "亿美元"), (1243m, "亿元"), (1.33m, "倍")], facts.Select(fact => (fact.Value!.Value, fact.Unit!)));
    }

    [Theory]
    [InlineData("力争规上工业增加值增长6%以上。", 6.0, "力争")]
    [InlineData("力争地区生产总值增长6%左右。", 6.0, "左右")]
    [InlineData("全省进出口总额突破7000亿元。", 7000.0, "以上")]
    [InlineData("居民收入增长和经济增长同步。", null, "和经济增长同步")]
    [InlineData("居民人均可支配收入增长与经济增长保持同步。", null, "与经济增长保持同步")]
    public void A_qualifier_is_read_as_the_report_means_it(string clause, double? value, string qualifier)
    {
        var figure = Assert.Single(FigureExtractor.Extract(Report(Plan + clause)));

        Assert.Equal(((decimal?)value, qualifier), (figure.Value, figure.Qualifier));
    }

    [Fact]
    public void Indicators_given_together_take_their_figures_in_turn_and_a_qualifier_once_after_them_goes_for_all()
    {
        var figures = FigureExtractor.Extract(Report(Plan + "规上工业增加值、固定资产投资分别增长5%、6.5%左右，一、二、三产业增加值分别增长4%、5.3%、3.4%。"));

        Assert.Equal([("规模以上工业增加值", 5m, "左右"), ("固定资产投资", 6.5m, "左右")],
            figures.Select(figure => (figure.Indicator, figure.Value!.Value, figure.Qualifier!)));
    }

    [Fact]
    public void A_comparison_with_last_year_is_no_look_back_and_a_look_back_lasts_until_this_year_is_spoken_of_again()
    {
        var facts = Facts(Report(Plan + "地区生产总值比上年增长5%左右。去年城镇新增就业50万人。今年城镇新增就业45万人以上。"));

        Assert.Equal([(2025, Target, "地区生产总值", Growth, 5m, "%"), (2024, Result, "城镇新增就业", Amount, 50m, "万人"), (2025, Target, "城镇新增就业", Amount, 45m, "万人")], facts);
    }
}
