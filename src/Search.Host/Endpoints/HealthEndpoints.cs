using Search.Engine.Indexing;
using Search.Host.Api;

namespace Search.Host.Endpoints;

internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => TypedResults.Ok(new HealthStatus("ok")))
            .WithName("Health")
            .WithTags("Health")
            .WithSummary("Liveness: the process answers HTTP");

        endpoints.MapGet("/readyz", Readiness)
            .WithName("Ready")
            .WithTags("Health")
            .WithSummary("Readiness: 200 once an index is loaded, 503 before")
            .Produces<ReadinessResponse>()
            .Produces<ReadinessResponse>(StatusCodes.Status503ServiceUnavailable);
        return endpoints;
    }

    private static IResult Readiness(IndexManager manager) => manager.Current is { } searcher
        ? TypedResults.Ok(new ReadinessResponse("ready", searcher.Index.Count))
        : TypedResults.Json(new ReadinessResponse("loading", null), statusCode: StatusCodes.Status503ServiceUnavailable);

    public sealed record HealthStatus(string Status);
}
