using Search.Corpus.Figures;
using static Search.Corpus.Figures.FigureKind;
using static Search.Corpus.Figures.FigureMeasure;

namespace Search.Corpus.Tests.Figures;

/// <summary>Every figure of the named indicators the five real pages hold, listed by reading the pages.</summary>
public sealed class RealPagesFiguresTests
{
    private const string Laoshan = "崂山区:“七个提质争先”为高质量发展蓄势聚能";
    private const string Pingdu2024 = "平度市：将民生愿景变为幸福实景";
    private const string Laixi2024 = "莱西市：塑造青岛北部协调发展新优势";
    private const string Jiaozhou2025 = "开拓创新 打造“一带一路”国际合作新平台";
    private const string Pingdu2025 = "集中力量 办成10件22项民生实事";
    private const string Jiaozhou2023 = "同心同向建设 现代化上合新区";

    private static readonly (string Article, string District, int Year, FigureKind Kind, string Indicator, FigureMeasure Measure, decimal? Value, string? Unit, string? Qualifier)[] Expected =
    [
        (Pingdu2024, "平度市", 2024, Target, "城镇新增就业", Amount, 1.7m, "万人", "以上"),
        (Laixi2024, "莱西市", 2024, Target, "城镇新增就业", Amount, 1.3m, "万人", null),

        // 报告回顾了2023年工作 … 全区全年生产总值完成1150.89亿元,增长7%; …
        (Laoshan, "崂山区", 2023, Result, "地区生产总值", Amount, 1150.89m, "亿元", null),
        (Laoshan, "崂山区", 2023, Result, "地区生产总值", Growth, 7m, "%", null),
        (Laoshan, "崂山区", 2023, Result, "一般公共预算收入", Amount, 220.38m, "亿元", null),
        (Laoshan, "崂山区", 2023, Result, "一般公共预算收入", Growth, 8.2m, "%", null),
        (Laoshan, "崂山区", 2023, Result, "居民人均可支配收入", Growth, 6.1m, "%", null),
        // 2024年,崂山区主要预期目标是: …
        (Laoshan, "崂山区", 2024, Target, "地区生产总值", Growth, 6.5m, "%", "左右"),
        (Laoshan, "崂山区", 2024, Target, "一般公共预算收入", Growth, 6m, "%", "左右"),
        (Laoshan, "崂山区", 2024, Target, "固定资产投资", Growth, 10m, "%", "以上"),
        (Laoshan, "崂山区", 2024, Target, "居民人均可支配收入", Growth, null, null, "与经济增长基本同步"),
        // the plan's chapters: 全区规模以上工业增加值增长10%以上 (not 海洋生产总值, not 占GDP比重)
        (Laoshan, "崂山区", 2024, Target, "规模以上工业增加值", Growth, 10m, "%", "以上"),
        (Laoshan, "崂山区", 2024, Target, "货物进出口", Growth, 8m, "%", "以上"),
        (Laoshan, "崂山区", 2024, Target, "实际使用外资", Amount, 4m, "亿美元", "以上"),
        (Laoshan, "崂山区", 2024, Target, "城镇新增就业", Amount, 2.2m, "万人", null),

        (Jiaozhou2025, "胶州市", 2025, Target, "地区生产总值", Growth, 5.6m, "%", null),
        (Jiaozhou2025, "胶州市", 2025, Target, "一般公共预算收入", Growth, 3m, "%", null),
        (Jiaozhou2025, "胶州市", 2025, Target, "规模以上工业增加值", Growth, 9m, "%", null),
        (Jiaozhou2025, "胶州市", 2025, Target, "社会消费品零售总额", Growth, 8m, "%", null),
        (Jiaozhou2025, "胶州市", 2025, Target, "货物进出口", Growth, 10m, "%", null),
        (Jiaozhou2025, "胶州市", 2025, Target, "居民人均可支配收入", Growth, null, null, "与经济增长基本同步"),
        (Pingdu2025, "平度市", 2025, Target, "地区生产总值", Growth, 5.5m, "%", "以上"),
        (Pingdu2025, "平度市", 2025, Target, "一般公共预算收入", Growth, 3m, "%", null),
        (Pingdu2025, "平度市", 2025, Target, "规模以上工业增加值", Growth, 6.5m, "%", null),
        (Pingdu2025, "平度市", 2025, Target, "社会消费品零售总额", Growth, 5m, "%", "以上"),
        (Pingdu2025, "平度市", 2025, Target, "居民人均可支配收入", Growth, null, null, "与经济增长同步"),
        (Pingdu2025, "平度市", 2025, Target, "城镇新增就业", Amount, 1.5m, "万人", "以上"),

        (Jiaozhou2023, "胶州市", 2023, Target, "城镇新增就业", Amount, 2.7m, "万人", "以上"),
    ];

    [Fact]
    public void The_extractor_finds_exactly_the_figures_the_pages_hold()
    {
        var articles = RepositoryCorpus.ReadAll();
        var found = articles.SelectMany(article => FigureExtractor.Extract(article).Select(figure =>
            (article.Title, figure.Place.Name, figure.Year, figure.Kind, figure.Indicator, figure.Measure, figure.Value, figure.Unit, figure.Qualifier)));

        Assert.Equal(Expected, found);
    }

    [Fact]
    public void Each_figure_stands_inside_its_sentence_and_names_its_number()
    {
        foreach (var article in RepositoryCorpus.ReadAll())
        {
            foreach (var figure in FigureExtractor.Extract(article))
            {
                Assert.InRange(figure.Figure.Start, figure.Sentence.Start, figure.Sentence.End);
                Assert.InRange(figure.Figure.End, figure.Figure.Start + 1, figure.Sentence.End);
                var text = figure.Figure.Of(article.Body);
                Assert.Contains(figure.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? figure.Qualifier!, text);
            }
        }
    }
}
