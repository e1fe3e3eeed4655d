using Search.Engine.Figures;
using Search.Host.Api;
using Search.Host.Hosting;
using Search.Rendering;

namespace Search.Host.Endpoints;

/// <summary>The key figures of the work reports as JSON and as CSV.</summary>
internal static class FigureEndpoints
{
    private const string Filters = "Filters: place or district (any level, any form, e.g. 崂山, 山东省; a place includes those under it), year, " +
        "indicator (a canonical name or another it is written under, e.g. 地区生产总值 or GDP), level (national, province, city, county) — each may be given more than once — and " +
        "kind (target or result). An unknown place, indicator, level or kind is a 400 naming the parameter; " +
        "filters that nothing passes give an empty list.";

    public static IEndpointRouteBuilder MapFigureApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("Figures").RequireCors(ApiPolicies.CorsPolicy);

        api.MapGet("/figures", Json)
            .WithName("Figures")
            .WithSummary("Key figures: each district's targets and results")
            .WithDescription("The main indicators of the work reports, one fact per figure: district, year, target or result, " +
                "indicator, growth (%) or amount, value, unit, qualifier, and the article and sentence it stands in. " + Filters)
            .RequireIndex()
            .Produces<FiguresResponse>()
            .ProducesValidationProblem();

        api.MapGet("/figures.csv", Csv)
            .WithName("FiguresCsv")
            .WithSummary("Key figures as CSV")
            .WithDescription("The same figures and filters as /api/figures, as CSV in UTF-8 with a byte-order mark (spreadsheet programs open it as it is). " + Filters)
            .RequireIndex()
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesValidationProblem();

        api.MapGet("/figures/outcomes", OutcomesJson)
            .WithName("FigureOutcomes")
            .WithSummary("Targets met or missed: each target beside the result reported for it")
            .WithDescription("For each place, indicator, measure and year, the target that year's report set beside the result the next " +
                "report gives for it, and a verdict (met, missed, not_comparable; null while no result is known) by the rule in `rules`. " +
                "Filters as /api/figures; kind is ignored. " + Filters)
            .RequireIndex()
            .Produces<OutcomesResponse>()
            .ProducesValidationProblem();

        api.MapGet("/figures/outcomes.csv", OutcomesCsv)
            .WithName("FigureOutcomesCsv")
            .WithSummary("Targets met or missed as CSV")
            .WithDescription("The same outcomes and filters as /api/figures/outcomes, as CSV in UTF-8 with a byte-order mark. " + Filters)
            .RequireIndex()
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesValidationProblem();

        api.MapGet("/figures/levels", LevelsJson)
            .WithName("FigureLevels")
            .WithSummary("Targets across levels: a place's beside its city's, province's and the nation's")
            .WithDescription("For one place (place=, any level, in any form) and a year (year=; left out, the latest the place set " +
                "targets for, else the latest a government above it did, else any), each indicator's target of the place and of every government above it, and the place's target less " +
                "each of theirs. A place that is unknown or ambiguous, none or several, is a 400 naming the parameter.")
            .RequireIndex()
            .Produces<LevelsResponse>()
            .ProducesValidationProblem();

        api.MapGet("/figures/levels.csv", LevelsCsv)
            .WithName("FigureLevelsCsv")
            .WithSummary("Targets across levels as CSV")
            .WithDescription("The same comparison as /api/figures/levels, a line per indicator and government, as CSV in UTF-8 with a byte-order mark.")
            .RequireIndex()
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesValidationProblem();

        return endpoints;
    }

    private static IResult LevelsJson(HttpContext context, RequestIndex index) =>
        Levels(context, index, levels => TypedResults.Ok(LevelsResponse.From(levels)));

    private static IResult LevelsCsv(HttpContext context, RequestIndex index) =>
        Levels(context, index, levels => TypedResults.File(FigureCsv.WriteLevels(levels), "text/csv; charset=utf-8", "levels.csv"));

    private static IResult Levels(HttpContext context, RequestIndex index, Func<LevelComparison, IResult> render)
    {
        var (place, year, problems) = FigureParameters.ParseLevels(context.Request.Query);
        if (problems.Count > 0)
            return SearchEndpoints.Invalid(problems, "Invalid figure parameters");
        // The year left out: the latest the place set targets for, else the latest any government of its chain
        // did, else the latest any government did (a year the index holds, not the calendar's).
        var chain = FigureLevels.Chain(place!);
        var chosen = year ?? LatestYear(FigureFinder.Find(index.Searcher.Index, new FigureRequest(Kind: Corpus.Figures.FigureKind.Target), sentences: false), chain, place!)
            ?? DateTime.Today.Year;
        // Every government's targets of the year pass (the nation is above everyone); the comparison keeps the chain's.
        var targets = FigureFinder.Find(index.Searcher.Index, new FigureRequest(Years: [chosen], Kind: Corpus.Figures.FigureKind.Target));
        return render(FigureLevels.Of(place!, chosen, targets));
    }

    private static int? LatestYear(IReadOnlyList<FigureRow> targets, IReadOnlyList<Places.Place> chain, Places.Place place)
    {
        int? Latest(Func<FigureRow, bool> whose) => targets.Where(whose).Select(row => (int?)row.Figure.Year).Max();
        return Latest(row => row.Figure.Place == place) ?? Latest(row => chain.Contains(row.Figure.Place)) ?? Latest(_ => true);
    }


    private static IResult OutcomesJson(HttpContext context, RequestIndex index) =>
        Answer(context, index, rows =>
        {
            var outcomes = FigureOutcomes.Of(rows);
            return TypedResults.Ok(new OutcomesResponse(outcomes.Count, FigureOutcomes.Rules, outcomes.Select(OutcomeResponse.From).ToList()));
        }, anyKind: true);

    private static IResult OutcomesCsv(HttpContext context, RequestIndex index) =>
        Answer(context, index, rows => TypedResults.File(FigureCsv.WriteOutcomes(FigureOutcomes.Of(rows)), "text/csv; charset=utf-8", "outcomes.csv"), anyKind: true);

    private static IResult Json(HttpContext context, RequestIndex index) =>
        Answer(context, index, rows => TypedResults.Ok(new FiguresResponse(rows.Count, rows.Select(FigureResponse.From).ToList())));

    private static IResult Csv(HttpContext context, RequestIndex index) =>
        Answer(context, index, rows => TypedResults.File(FigureCsv.Write(rows), "text/csv; charset=utf-8", "figures.csv"));

    /// <param name="anyKind">Whether targets and results are both needed, whatever <c>kind</c> says.</param>
    private static IResult Answer(HttpContext context, RequestIndex index, Func<IReadOnlyList<FigureRow>, IResult> render, bool anyKind = false)
    {
        var (request, problems) = FigureParameters.Parse(context.Request.Query);
        if (problems.Count > 0)
            return SearchEndpoints.Invalid(problems, "Invalid figure parameters");
        return render(FigureFinder.Find(index.Searcher.Index, anyKind ? request! with { Kind = null } : request!));
    }
}
