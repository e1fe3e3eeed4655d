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

    [Fact]
    public void A_table_that_names_a_value_twice_or_gives_two_values_one_name_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new WireName<FigureKind>((FigureKind.Target, "target"), (FigureKind.Target, "aim")));
        Assert.Throws<ArgumentException>(() => new WireName<FigureKind>((FigureKind.Target, "target"), (FigureKind.Result, "TARGET")));
    }

    [Fact]
    public void Every_value_of_every_table_names_back_to_itself()
    {
        RoundTrips(WireNames.Sort);
        RoundTrips(WireNames.Kind);
        RoundTrips(WireNames.Verdict);
        RoundTrips(WireNames.Measure);
        RoundTrips(WireNames.Level);
        RoundTrips(WireNames.Chart);
        RoundTrips(WireNames.Suggestion);
        RoundTrips(WireNames.PlaceFacet);
        RoundTrips(WireNames.Against);
        Assert.Equal(["relevance", "date"], WireNames.Sort.Names);
    }

    [Fact]
    public void A_name_that_is_empty_or_a_value_the_enumeration_does_not_define_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new WireName<FigureKind>((FigureKind.Target, ""), (FigureKind.Result, "result")));
        Assert.Throws<ArgumentException>(() => new WireName<FigureKind>((FigureKind.Target, "target"), ((FigureKind)7, "seven")));
    }

    private static void RoundTrips<T>(WireName<T> table) where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            Assert.Equal(value, table.Parse(table[value]));
            Assert.Equal(value, table.Parse(table[value].ToUpperInvariant()));
        }
    }
}
