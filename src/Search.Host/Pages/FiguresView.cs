using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Search.Corpus.Figures;
using Search.Engine.Figures;
using Search.Host.Api;
using Search.Places;
using Search.Rendering;

namespace Search.Host.Pages;

/// <summary>
/// What the figures page shows, all of it in the URL (<c>/figures?year=…&amp;indicator=…&amp;chart=…&amp;district=…&amp;measure=…</c>):
/// the year of the table, the districts, kind and levels that narrow it; the chart's indicator (the first
/// given), measure and axis, and for a chart across years its district (the first given).
/// </summary>
internal sealed record FiguresView(
    int? Year, IReadOnlyList<Place> Places, IReadOnlyList<string> Indicators, FigureKind? Kind,
    ChartAxis Chart, FigureMeasure Measure)
{
    /// <summary>Only figures of governments of these levels (<c>level=province</c>); none: every level.</summary>
    public IReadOnlyList<PlaceLevel> Levels { get; init; } = [];

    public static (FiguresView? View, IReadOnlyList<string> Problems) Parse(IQueryCollection query)
    {
        var (request, problems) = FigureParameters.Parse(query);
        var choices = new List<SearchParameters.Problem>();
        var chart = SearchParameters.OneOf(query["chart"], "chart", WireNames.Chart, choices) ?? ChartAxis.Districts;
        var measure = SearchParameters.OneOf(query["measure"], "measure", WireNames.Measure, choices) ?? FigureMeasure.Growth;
        var messages = problems.Concat(choices).Select(problem => problem.ForReaders()).ToList();
        if (request is null || messages.Count > 0)
            return (null, messages);
        return (new FiguresView(request.Years is [var year, ..] ? year : null, request.Places ?? [], request.Indicators ?? [], request.Kind, chart, measure)
        {
            Levels = request.Levels ?? [],
        }, []);
    }

    /// <summary>This view with some of its choices changed.</summary>
    public FiguresView With(int? year = null, ChartAxis? chart = null, string? indicator = null, Place? place = null, FigureMeasure? measure = null) =>
        this with
        {
            Year = year ?? Year,
            Chart = chart ?? Chart,
            Indicators = indicator is null ? Indicators : [indicator],
            Places = place is null ? Places : [place],
            Measure = measure ?? Measure,
        };

    public string Url()
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (Year is { } year)
            query.Add(new("year", year.ToString(CultureInfo.InvariantCulture)));
        query.AddRange(Indicators.Select(name => new KeyValuePair<string, string?>("indicator", name)));
        query.AddRange(Places.Select(place => new KeyValuePair<string, string?>(PageState.ParameterOf(place), PageState.ValueOf(place))));
        if (Kind is { } kind)
            query.Add(new("kind", WireNames.Kind[kind]));
        query.AddRange(Levels.Select(level => new KeyValuePair<string, string?>("level", WireNames.Level[level])));
        if (Chart != ChartAxis.Districts)
            query.Add(new("chart", WireNames.Chart[Chart]));
        if (Measure != FigureMeasure.Growth)
            query.Add(new("measure", WireNames.Measure[Measure]));
        return QueryHelpers.AddQueryString("/figures", query);
    }

    /// <summary>
    /// The figures the view's table shows, as a request the API answers alike (so its CSV is the table):
    /// a year's places × indicators; one place's years × indicators; every place's years of one indicator.
    /// </summary>
    public FigureRequest Shown(string indicator) => Chart switch
    {
        ChartAxis.Years => new FigureRequest(Places, Kind: Kind, Levels: Levels),
        ChartAxis.PlacesByYears => new FigureRequest(Places, Indicators: [indicator], Kind: Kind, Levels: Levels),
        _ => new FigureRequest(Places, Year is { } year ? [year] : [], Kind: Kind, Levels: Levels),
    };

    /// <summary>An API address (<c>/api/figures.csv</c> …) for the figures a request passes, in the parameters the API reads.</summary>
    public static string ApiUrl(string path, FigureRequest request)
    {
        var query = new List<KeyValuePair<string, string?>>();
        query.AddRange((request.Years ?? []).Select(year => new KeyValuePair<string, string?>("year", year.ToString(CultureInfo.InvariantCulture))));
        query.AddRange((request.Indicators ?? []).Select(name => new KeyValuePair<string, string?>("indicator", name)));
        query.AddRange((request.Places ?? []).Select(place => new KeyValuePair<string, string?>(PageState.ParameterOf(place), PageState.ValueOf(place))));
        if (request.Kind is { } kind)
            query.Add(new("kind", WireNames.Kind[kind]));
        query.AddRange((request.Levels ?? []).Select(level => new KeyValuePair<string, string?>("level", WireNames.Level[level])));
        return QueryHelpers.AddQueryString(path, query);
    }

    /// <summary>The link that opens a figure's article with its sentence marked.</summary>
    public static string ArticleUrl(KeyFigure figure, string query = "") =>
        QueryHelpers.AddQueryString($"/articles/{Uri.EscapeDataString(figure.ArticleId)}",
            [.. query.Length > 0 ? [new KeyValuePair<string, string?>("q", query)] : Array.Empty<KeyValuePair<string, string?>>(),
                new("figure", figure.Figure.Start.ToString(CultureInfo.InvariantCulture))]) + "#figure";

    /// <summary>The indicator the chart draws: the first chosen, else the first with a number in the year shown, else GDP.</summary>
    public string ChartIndicator(IEnumerable<FigureRow> inYear) =>
        Indicators.FirstOrDefault()
        ?? inYear.Where(row => row.Figure.Value is not null).Select(row => row.Figure.Indicator).FirstOrDefault()
        ?? Corpus.Figures.Indicators.All[0].Name;
}
