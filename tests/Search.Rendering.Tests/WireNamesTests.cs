using Search.Corpus.Figures;
using Search.Engine.Searching;

namespace Search.Rendering.Tests;

public sealed class WireNamesTests
{
    [Fact]
    public void Each_value_has_one_name_and_a_name_reads_back_in_any_case()
    {
        Assert.Equal(["target", "result"], WireNames.Kind.Names);
        Assert.Equal("date", WireNames.Sort[SortOrder.Date]);
        Assert.Equal(FigureMeasure.Amount, WireNames.Measure.Parse("AMOUNT"));
        Assert.Null(WireNames.Measure.Parse("total"));
        Assert.Null(WireNames.Measure.Parse(null));
    }

    [Fact]
    public void A_table_that_leaves_a_value_unnamed_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new WireName<FigureKind>((FigureKind.Target, "target")));
    }
}
