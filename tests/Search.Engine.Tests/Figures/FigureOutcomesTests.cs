using Search.Corpus.Figures;
using Search.Engine.Figures;
using Search.Tests;

namespace Search.Engine.Tests.Figures;

public sealed class FigureOutcomesTests
{
    [Fact]
    public void A_target_stands_beside_the_result_the_next_report_gives_for_it_with_a_verdict()
    {
        using var index = TestIndex.Of(("2024.txt", ConstructedReports.Laoshan2024), ("2025.txt", ConstructedReports.Laoshan2025));

        var outcomes = FigureOutcomes.Of(FigureFinder.Find(index.Searcher.Index, new FigureRequest(Named.Places("崂山区"))));

        Assert.Equal(
        [
            (2025, "地区生产总值", (Verdict?)null, (decimal?)null),
            (2024, "地区生产总值", Verdict.Met, -0.4m),
            (2024, "一般公共预算收入", Verdict.Missed, -1m),
            (2024, "居民人均可支配收入", Verdict.NotComparable, null),
            (2024, "城镇调查失业率", Verdict.Met, -0.3m),
        ], outcomes.Select(outcome => (outcome.Year, outcome.Indicator, outcome.Verdict, outcome.Difference)));
        Assert.All(outcomes.Where(outcome => outcome.Result is not null), outcome => Assert.Equal("2025.txt", index.Searcher.Index.Articles().Single(a => a.Id == outcome.Result!.Figure.ArticleId).Source));
    }

    [Theory]
    [InlineData("地区生产总值", 6.5, null, "左右", 6.0, Verdict.Met)]
    [InlineData("地区生产总值", 6.5, null, "左右", 5.9, Verdict.Missed)]
    [InlineData("地区生产总值", 6, null, "以上", 5.9, Verdict.Missed)]
    [InlineData("地区生产总值", 6, null, null, 6, Verdict.Met)]
    [InlineData("地区生产总值", 5, 5.5, null, 5.2, Verdict.Met)]
    [InlineData("地区生产总值", 5, 5.5, null, 4.9, Verdict.Missed)]
    [InlineData("居民消费价格", 3, null, "左右", 3.4, Verdict.Met)]
    [InlineData("居民消费价格", 3, null, "左右", 3.6, Verdict.Missed)]
    [InlineData("城镇调查失业率", 5.5, null, "以内", 5.6, Verdict.Missed)]
    [InlineData("城镇调查失业率", 5.5, null, "左右", 5.0, Verdict.Met)]
    [InlineData("地区生产总值", 6, null, "约", 5.6, Verdict.Met)]
    [InlineData("地区生产总值", 6, null, "力争", 5.9, Verdict.Missed)]
    [InlineData("城镇调查失业率", 5.5, null, "以下", 5.6, Verdict.Missed)]
    [InlineData("固定资产投资", -3, null, "以上", -3.5, Verdict.Met)]
    [InlineData("固定资产投资", -3, null, "以上", -1, Verdict.Missed)]
    public void The_rule_reads_the_qualifier_and_whether_the_target_is_a_ceiling(string indicator, double target, double? high, string? qualifier, double result, Verdict expected)
    {
        var set = Figure(indicator, FigureKind.Target, (decimal)target, qualifier) with { ValueHigh = (decimal?)high };

        Assert.Equal(expected, FigureOutcomes.Judge(set, Figure(indicator, FigureKind.Result, (decimal)result, null)).Verdict);
    }

    [Fact]
    public void No_result_no_verdict_and_another_unit_is_not_comparable()
    {
        var target = Figure("实际使用外资", FigureKind.Target, 4, "以上") with { Unit = "亿美元", Measure = FigureMeasure.Amount };

        Assert.Equal((null, null), FigureOutcomes.Judge(target, null));
        Assert.Equal(Verdict.NotComparable, FigureOutcomes.Judge(target, target with { Unit = "亿元", Value = 30, Kind = FigureKind.Result }).Verdict);
    }

    private static KeyFigure Figure(string indicator, FigureKind kind, decimal value, string? qualifier) =>
        new("a-1", Named.Place("崂山区"), 2024, kind, indicator, indicator, FigureMeasure.Growth, value, "%", qualifier,
            new TextSpan(0, 1), new TextSpan(0, 1), "x");
}
