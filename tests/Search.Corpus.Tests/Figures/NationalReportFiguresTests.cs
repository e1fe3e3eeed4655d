using Search.Corpus.Figures;
using Search.Tests;
using static Search.Corpus.Figures.FigureKind;
using static Search.Corpus.Figures.FigureMeasure;

namespace Search.Corpus.Tests.Figures;

/// <summary>The nation's figures as the State Council's report of 2014 gives them, listed by reading it.</summary>
public sealed class NationalReportFiguresTests
{
    [Fact]
    public void The_state_council_s_report_of_2014_gives_2013_s_results_and_2014_s_targets_of_the_nation()
    {
        var report = new CorpusReader(RealReports.Pages).Read(_ => { }).Single(article => article.Source == "2014年国务院政府工作报告.txt");

        var figures = FigureExtractor.Extract(report);

        Assert.All(figures, figure => Assert.Equal("全国", figure.Place.Name));
        Assert.Equal(
        [
            // 国内生产总值达到56.9万亿元，比上年增长7.7%。… 居民消费价格涨幅控制在2.6%。… 城镇新增就业1310万人 … 财政收入增长10.1%
            (2013, Result, "地区生产总值", Amount, 56.9m, "万亿元", null),
            (2013, Result, "地区生产总值", Growth, 7.7m, "%", null),
            (2013, Result, "居民消费价格", Growth, 2.6m, "%", null),
            (2013, Result, "城镇新增就业", Amount, 1310m, "万人", null),
            (2013, Result, "一般公共预算收入", Growth, 10.1m, "%", null),
            // 今年经济社会发展的主要预期目标是：国内生产总值增长7.5%左右，居民消费价格涨幅控制在3.5%左右，城镇新增就业1000万人以上，
            // 城镇登记失业率控制在4.6%以内 (another measure) … 努力实现居民收入增长和经济发展同步。
            (2014, Target, "地区生产总值", Growth, 7.5m, "%", "左右"),
            (2014, Target, "居民消费价格", Growth, 3.5m, "%", "左右"),
            (2014, Target, "城镇新增就业", Amount, 1000m, "万人", "以上"),
            (2014, Target, "居民人均可支配收入", Growth, (decimal?)null, (string?)null, "和经济发展同步"),
        ], figures.Select(figure => (figure.Year, figure.Kind, figure.Indicator, figure.Measure, figure.Value, figure.Unit, figure.Qualifier)));
    }

    [Fact]
    public void The_state_council_s_report_of_2012_reviews_2011_although_its_opening_sentence_lacks_a_full_stop()
    {
        // 请全国政协委员提出意见 (no 。) / 一、2011年工作回顾 / … 国内生产总值47.2万亿元，比上年增长9.2％ … / 二、2012年工作总体部署 / … 国内生产总值增长7.5％
        var report = new CorpusReader(RealReports.Pages).Read(_ => { }).Single(article => article.Source == "2012年国务院政府工作报告.txt");

        var gdp = FigureExtractor.Extract(report).Where(figure => figure.Indicator == "地区生产总值");

        Assert.Equal(
        [
            (2011, Result, Growth, 9.2m),
            (2011, Result, Amount, 47.2m),
            (2012, Target, Growth, 7.5m),
        ], gdp.Select(figure => (figure.Year, figure.Kind, figure.Measure, figure.Value)).Order());
    }

    [Fact]
    public void A_look_back_carries_to_the_next_sentences_of_its_paragraph_not_the_year_named_before_it()
    {
        // 2011年，是“十二五”开局之年 … 过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%，…
        var report = new CorpusReader(RealReports.Pages).Read(_ => { }).Single(article => article.Source == "2011年国务院政府工作报告.txt");

        var growth = FigureExtractor.Extract(report).Where(figure => figure.Value == 10.3m && figure.Indicator == "地区生产总值");

        Assert.Equal([(2010, Result)], growth.Select(figure => (figure.Year, figure.Kind)));
    }
}
