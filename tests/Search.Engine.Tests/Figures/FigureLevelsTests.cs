using Search.Corpus.Figures;
using Search.Engine.Figures;
using Search.Tests;

namespace Search.Engine.Tests.Figures;

public sealed class FigureLevelsTests
{
    [Fact]
    public void A_district_s_targets_stand_beside_its_city_s_its_province_s_and_the_nation_s_with_the_difference_in_points()
    {
        using var index = TestIndex.Of(("laoshan.txt", ConstructedReports.Laoshan2025), ("qingdao.txt", ConstructedReports.Qingdao2025),
            ("shandong.txt", ConstructedReports.Shandong2025), ("nation.txt", ConstructedReports.Nation2025));
        var laoshan = Named.Place("崂山区");

        var levels = FigureLevels.Of(laoshan, 2025, FigureFinder.Find(index.Searcher.Index, new FigureRequest(Years: [2025], Kind: FigureKind.Target)));

        Assert.Equal(["崂山区", "青岛市", "山东省", "全国"], levels.Chain.Select(place => place.Name));
        Assert.Equal(
        [
            ("地区生产总值", FigureMeasure.Growth, new decimal?[] { 6m, 5.5m, 5m, 5m }, new decimal?[] { 0m, 0.5m, 1m, 1m }),
            ("一般公共预算收入", FigureMeasure.Growth, [null, 3m, null, null], [null, null, null, null]),
            ("城镇调查失业率", FigureMeasure.Amount, [null, null, null, 5.5m], [null, null, null, null]),
        ], levels.Rows.Select(row => (row.Indicator, row.Measure, row.Targets.Select(target => target?.Figure.Value).ToArray(), row.Differences.ToArray())));
    }

    [Fact]
    public void A_report_gives_its_own_government_s_figures_not_those_of_the_places_it_names()
    {
        using var index = TestIndex.Of(("shandong.txt", ConstructedReports.Shandong2025), ("qingdao.txt", ConstructedReports.Qingdao2025));

        var figures = FigureFinder.Find(index.Searcher.Index, new FigureRequest());

        // 山东省's report names 青岛市, 青岛市's gives 崂山区's growth: neither figure changes hands.
        Assert.Equal([("青岛市", FigureKind.Target, 5.5m), ("青岛市", FigureKind.Target, 3m), ("山东省", FigureKind.Target, 5m),
            ("青岛市", FigureKind.Result, 5.7m), ("山东省", FigureKind.Result, 5.7m)],
            figures.OrderBy(row => row.Figure.Kind).ThenBy(row => row.Figure.Place.Code == "370000").Select(row => (row.Figure.Place.Name, row.Figure.Kind, row.Figure.Value!.Value)));
    }

    [Fact]
    public void The_nation_s_chain_is_the_nation_alone()
    {
        Assert.Equal(["全国"], FigureLevels.Chain(Places.Gazetteer.Nation).Select(place => place.Name));
    }
}
