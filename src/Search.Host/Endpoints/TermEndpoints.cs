using Search.Engine.Searching;
using Search.Host.Api;
using Search.Host.Hosting;
using Search.Places;
using Search.Rendering;

namespace Search.Host.Endpoints;

/// <summary>What changed in the reports: new, rising and fading, distinctive terms, and a term's trend.</summary>
internal static class TermEndpoints
{
    private const string Place = "place (a GB/T 2260 code or any name of the nation, a province, a city or a county; 全国 for the State Council) is the government " +
        "whose reports are read: the articles covering its own session, not those of the places under it. ";

    public static IEndpointRouteBuilder MapTermApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/terms").WithTags("Terms").RequireCors(ApiPolicies.CorsPolicy);

        api.MapGet("/new", New)
            .WithName("NewTerms")
            .WithSummary("New terms: what a year's reports say that no earlier report did")
            .WithDescription("The words and phrases of a government's reports of a year that its earlier reports in the corpus never used " +
                "(against=all: that no earlier report of any government used), each with its mentions, its first use in the corpus and how " +
                "many later years took it up. " + Place + "Left out, every government together. year: left out, the latest the place has reports of. " +
                TermWording.NewRanking)
            .RequireIndex()
            .Produces<NewTermsResponse>()
            .ProducesValidationProblem();

        api.MapGet("/changes", Changes)
            .WithName("TermChanges")
            .WithSummary("Rising and fading terms between two years")
            .WithDescription("The terms whose mentions per 10,000 characters grew (rising) or fell (fading) most between from and to, " +
                "ranked by G². from left out: the average of every earlier year; to (or year) left out: the latest. " + Place + TermWording.Statistic)
            .RequireIndex()
            .Produces<TermChangesResponse>()
            .ProducesValidationProblem();

        api.MapGet("/distinctive", Distinctive)
            .WithName("DistinctiveTerms")
            .WithSummary("Distinctive terms: what a place's reports say more than the others'")
            .WithDescription("The terms of a place's reports (of year, or of every year when left out) most over-represented against the other " +
                "places' reports of the same years, ranked by G²; a term needs two mentions. " + Place + "Required. " + TermWording.Statistic)
            .RequireIndex()
            .Produces<DistinctiveTermsResponse>()
            .ProducesValidationProblem();

        api.MapGet("/trend", Trend)
            .WithName("TermTrend")
            .WithSummary("A term's trend: its mentions per year, per place")
            .WithDescription("How often q's text occurs in each year's reports of each place (repeatable, at most " + TermParameters.MaxTrendPlaces +
                "; left out, the whole corpus as one line): mentions (a plain count of the text, as exact search finds it), articles, and mentions " +
                "per 10,000 characters. A line has a point for each year its place has reports of.")
            .RequireIndex()
            .Produces<TermTrendResponse>()
            .ProducesValidationProblem();

        api.MapGet("/trend.csv", TrendCsv)
            .WithName("TermTrendCsv")
            .WithSummary("A term's trend as CSV")
            .WithDescription("The same counts as /api/terms/trend, a line per place and year, as CSV in UTF-8 with a byte-order mark.")
            .RequireIndex()
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesValidationProblem();

        return endpoints;
    }

    private static IResult New(HttpContext context, RequestIndex index) =>
        Answer(context, index, placeRequired: false, (searcher, question, year) =>
            TypedResults.Ok(NewTermsResponse.From(searcher.NewTerms(question.Place, year, question.Against, question.Size), SiteAddress.Of(context.Request))));

    private static IResult Changes(HttpContext context, RequestIndex index) =>
        Answer(context, index, placeRequired: false, (searcher, question, year) =>
            TypedResults.Ok(TermChangesResponse.From(searcher.TermChanges(question.Place, question.From, year, question.Size), SiteAddress.Of(context.Request))));

    private static IResult Distinctive(HttpContext context, RequestIndex index)
    {
        var (question, problems) = TermParameters.Parse(context.Request.Query, placeRequired: true);
        if (problems.Count > 0)
            return SearchEndpoints.Invalid(problems, "Invalid terms parameters");
        var result = index.Searcher.DistinctiveTerms(question!.Place!, question.Year, question.Size);
        return TypedResults.Ok(DistinctiveTermsResponse.From(result, SiteAddress.Of(context.Request)));
    }

    private static IResult Trend(HttpContext context, RequestIndex index) =>
        AnswerTrend(context, index, trend => TypedResults.Ok(TermTrendResponse.From(trend)));

    private static IResult TrendCsv(HttpContext context, RequestIndex index) =>
        AnswerTrend(context, index, trend => TypedResults.File(TermCsv.WriteTrend(trend), "text/csv; charset=utf-8", "trend.csv"));

    private static IResult AnswerTrend(HttpContext context, RequestIndex index, Func<Engine.Terms.TermTrendResult, IResult> render)
    {
        var (query, places, problems) = TermParameters.ParseTrend(context.Request.Query);
        return problems.Count > 0 ? SearchEndpoints.Invalid(problems, "Invalid trend parameters") : render(index.Searcher.Trend(query!, places));
    }

    /// <summary>A view of a place and a year: the year left out is the latest the place has reports of; a place without any is a 400 saying so.</summary>
    private static IResult Answer(HttpContext context, RequestIndex index, bool placeRequired, Func<Searcher, TermQuestion, int, IResult> answer)
    {
        var (question, problems) = TermParameters.Parse(context.Request.Query, placeRequired);
        if (problems.Count > 0)
            return SearchEndpoints.Invalid(problems, "Invalid terms parameters");
        if ((question!.Year ?? LatestYear(index.Searcher, question.Place)) is not { } year)
            return SearchEndpoints.Invalid([NoReports(question.Place)], "Invalid terms parameters");
        // The year left out is the latest: from must still come before it.
        if (question.From >= year)
            return SearchEndpoints.Invalid([new SearchParameters.Problem("from", $"{question.From} is not before {year}, the year compared: from is the earlier year")], "Invalid terms parameters");
        return answer(index.Searcher, question, year);
    }

    private static int? LatestYear(Searcher searcher, Place? place) => searcher.ReportYears(place) is [.., var last] ? last : null;

    internal static SearchParameters.Problem NoReports(Place? place) => place is null
        ? new SearchParameters.Problem("year", "the index holds no report with a year", "索引中没有注明年份的报告")
        : new SearchParameters.Problem("place", $"the index holds no report of {place.Name}: give a place whose reports it holds", $"索引中没有{place.Name}的报告");
}
