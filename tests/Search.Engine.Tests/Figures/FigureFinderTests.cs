using Search.Corpus.Figures;
using Search.Engine.Figures;
using Search.Tests;

namespace Search.Engine.Tests.Figures;

public sealed class FigureFinderTests : IDisposable
{
    private readonly TestIndex _index = TestIndex.OfRepositoryCorpus();

    private IReadOnlyList<FigureRow> Find(FigureRequest request) => FigureFinder.Find(_index.Searcher.Index, request);

    [Fact]
    public void The_five_pages_give_their_figures_newest_year_first_then_by_district_and_indicator()
    {
        var rows = Find(new FigureRequest());

        Assert.Equal(28, rows.Count);
        Assert.Equal([2025, 2024, 2023], rows.Select(row => row.Figure.Year).Distinct());
        Assert.Equal(["胶州市", "平度市"], rows.Where(row => row.Figure.Year == 2025).Select(row => row.Figure.Place.Name).Distinct());
        var laoshan2024 = rows.Where(row => row.Figure.Year == 2024 && row.Figure.Place.Name == "崂山区").Select(row => row.Figure.Indicator).Distinct();
        Assert.Equal(["地区生产总值", "一般公共预算收入", "规模以上工业增加值", "固定资产投资", "货物进出口", "居民人均可支配收入", "实际使用外资", "城镇新增就业"], laoshan2024);
    }

    [Fact]
    public void Filters_combine_each_as_any_of_its_values_and_all_together()
    {
        var rows = Find(new FigureRequest(Named.Places("崂山区", "平度市"), [2024, 2025], ["城镇新增就业"], FigureKind.Target));

        Assert.Equal([(2025, "平度市", 1.5m), (2024, "崂山区", 2.2m), (2024, "平度市", 1.7m)],
            rows.Select(row => (row.Figure.Year, row.Figure.Place.Name, row.Figure.Value!.Value)));
        Assert.All(rows, row => Assert.Equal(FigureKind.Target, row.Figure.Kind));
    }

    public void Dispose() => _index.Dispose();
}
