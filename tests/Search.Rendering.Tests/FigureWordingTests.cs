using Search.Corpus.Figures;
using Search.Tests;

namespace Search.Rendering.Tests;

public sealed class FigureWordingTests
{
    [Theory]
    [InlineData(6.5, "%", "左右", "6.5%左右")]
    [InlineData(5, "%", "不低于", "不低于5%")]
    [InlineData(1150.89, "亿元", null, "1150.89亿元")]
    public void A_value_reads_as_the_report_words_it(double value, string unit, string? qualifier, string expected)
    {
        var figure = new KeyFigure("a-1", Named.Place("胶州市"), 2025, FigureKind.Target, "地区生产总值", "生产总值", FigureMeasure.Growth, (decimal)value, unit, qualifier,
            new TextSpan(0, 1), new TextSpan(0, 1), "x");

        Assert.Equal(expected, FigureWording.Value(figure));
    }

    [Theory]
    [InlineData(5.5, "以上", new[] { "5.5%", "以上" })]
    [InlineData(6, "力争", new[] { "力争", "6%" })]
    [InlineData(7, null, new[] { "7%" })]
    public void A_values_lines_keep_its_qualifier_where_the_report_writes_it(double value, string? qualifier, string[] lines)
    {
        var figure = new KeyFigure("a-1", Named.Place("平度市"), 2025, FigureKind.Target, "地区生产总值", "地区生产总值", FigureMeasure.Growth, (decimal)value, "%", qualifier,
            new TextSpan(0, 1), new TextSpan(0, 1), "x");

        Assert.Equal(lines, FigureWording.ValueLines(figure));
        Assert.Equal(FigureWording.Value(figure), string.Concat(lines));
    }

    [Fact]
    public void A_range_reads_as_both_ends()
    {
        var figure = new KeyFigure("a-1", Named.Place("福建省"), 2025, FigureKind.Target, "地区生产总值", "地区生产总值", FigureMeasure.Growth, 5.0m, "%", null,
            new TextSpan(0, 1), new TextSpan(0, 1), "x")
        { ValueHigh = 5.5m };

        Assert.Equal("5.0—5.5%", FigureWording.Value(figure));
    }

    [Fact]
    public void A_figure_without_a_number_reads_as_its_relation()
    {
        var figure = new KeyFigure("a-1", Named.Place("胶州市"), 2025, FigureKind.Target, "居民人均可支配收入", "居民收入", FigureMeasure.Growth, null, null, "与经济增长同步",
            new TextSpan(0, 1), new TextSpan(0, 1), "x");

        Assert.Equal("与经济增长同步", FigureWording.Value(figure));
        Assert.Equal(("目标", "实际"), (FigureWording.Kind(FigureKind.Target), FigureWording.Kind(FigureKind.Result)));
        Assert.Equal(("增速", "总量"), (FigureWording.Measure(FigureMeasure.Growth), FigureWording.Measure(FigureMeasure.Amount)));
        Assert.Equal(("地区生产总值增速", "城镇调查失业率"), (FigureWording.Label("地区生产总值", FigureMeasure.Growth), FigureWording.Label("城镇调查失业率", FigureMeasure.Amount)));
    }
}
