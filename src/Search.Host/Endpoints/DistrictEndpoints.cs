using Search.Corpus;
using Search.Engine.Figures;
using Search.Host.Api;
using Search.Host.Hosting;

namespace Search.Host.Endpoints;

/// <summary>A district's reports across years, and its key figures.</summary>
internal static class DistrictEndpoints
{
    public const int DefaultPerYear = 20;

    public const int MaxPerYear = 100;

    public static IEndpointRouteBuilder MapDistrictApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api").WithTags("Districts").RequireCors(ApiPolicies.CorsPolicy)
            .MapGet("/districts/{district}", District)
            .WithName("District")
            .WithSummary("A district's reports across years")
            .WithDescription("The district's articles by report year, earliest year first: each year's count and its newest articles " +
                $"(up to perYear, 1–{MaxPerYear}, default {DefaultPerYear}), an article printed twice counted once; and the district's key figures " +
                "(as /api/figures?district=…). The district may be given in any form (崂山, 崂山区); an unknown one is a 404 listing the districts.")
            .RequireIndex()
            .Produces<DistrictResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static IResult District(string district, HttpContext context, RequestIndex index)
    {
        var problems = new List<SearchParameters.Problem>();
        var perYear = SearchParameters.Integer(context.Request.Query["perYear"], "perYear", DefaultPerYear, 1, MaxPerYear, problems);
        if (problems.Count > 0)
            return SearchEndpoints.Invalid(problems, "Invalid parameters");
        switch (GivenPlace.Candidates(district))
        {
            case []:
                return TypedResults.Problem(title: "No such place",
                    detail: $"\"{SearchParameters.Shorten(district)}\" is not a place: give a code or a name of the nation, a province, a city or a county (崂山, 崂山区, 山东省, 370212).",
                    statusCode: StatusCodes.Status404NotFound);
            case [var place]:
                var years = index.Searcher.Timeline(place, perYear);
                var figures = FigureFinder.Find(index.Searcher.Index, new FigureRequest(Places: [place]));
                return TypedResults.Ok(new DistrictResponse(place.Name, PlaceResponse.From(place), years.Sum(year => year.Count), years,
                    [.. figures.Select(FigureResponse.From)]));
            case var several:
                return SearchEndpoints.Invalid([new SearchParameters.Problem("district",
                    $"\"{SearchParameters.Shorten(district)}\" may be {string.Join("、", several.Take(8).Select(GivenPlace.Described))}: give the code")], "Ambiguous place");
        }
    }
}
