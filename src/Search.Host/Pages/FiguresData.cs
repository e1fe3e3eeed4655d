using Search.Corpus.Figures;
using Search.Engine.Figures;
using Search.Index;
using Search.Rendering;

namespace Search.Host.Pages;

/// <summary>
/// What the figures page reads from one view of the index for a <see cref="FiguresView"/>.
/// </summary>
/// <param name="All">Every figure of the levels asked for, without sentences: the years to choose from.</param>
/// <param name="Shown">The figures of the view's table (<see cref="FiguresView.Shown"/>), of both kinds, with their sentences.</param>
/// <param name="YearTargets">Every government's targets of the view's year, for the levels table; empty when it is not shown.</param>
/// <param name="Coverage">Which places the index holds a report of, year by year.</param>
/// <param name="Indicator">The indicator the chart (or the places × years table) is of.</param>
internal sealed record FiguresData(
    IReadOnlyList<FigureRow> All, IReadOnlyList<FigureRow> Shown, IReadOnlyList<FigureRow> YearTargets, ReportCoverage Coverage, string Indicator)
{
    /// <summary>The data, and the view with what it left open settled: the year (the latest), and for a place across years the place.</summary>
    public static (FiguresView View, FiguresData Data) Read(ArticleIndex index, FiguresView view)
    {
        var all = FigureFinder.Find(index, new FigureRequest(Levels: view.Levels), sentences: false);
        view = view with { Year = view.Year ?? all.Select(row => (int?)row.Figure.Year).Max() };
        var inYear = all.Where(row => row.Figure.Year == view.Year).ToList();
        var indicator = view.ChartIndicator(inYear);
        if (view is { Chart: ChartAxis.Years, Places: [] })
        {
            // One place across years, none chosen: the first with a number to draw, else the first with any figure.
            var place = all.FirstOrDefault(row => row.Figure.Indicator == indicator && row.Figure.Measure == view.Measure && row.Figure.Value is not null)?.Figure.Place
                ?? all.FirstOrDefault()?.Figure.Place;
            if (place is not null)
                view = view with { Places = [place] };
        }
        var shown = FigureFinder.Find(index, view.Shown(indicator) with { Kind = null });
        var yearTargets = view is { Chart: ChartAxis.Districts, Places: [_], Year: { } year }
            ? FigureFinder.Find(index, new FigureRequest(Years: [year], Kind: FigureKind.Target))
            : [];
        return (view, new FiguresData(all, shown, yearTargets, ReportCoverage.Of(index), indicator));
    }
}
