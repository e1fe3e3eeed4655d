using Search.Engine.Indexing;
using Search.Host.Api;
using Search.Host.Hosting;

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
            .WithSummary("Readiness: 200 once an index is loaded, 503 before (loading, or failing and being tried again)")
            .Produces<ReadinessResponse>()
            .Produces<ReadinessResponse>(StatusCodes.Status503ServiceUnavailable);
        return endpoints;
    }

    private static IResult Readiness(IndexManager manager, IndexLoaderState loader)
    {
        using var lease = manager.Lease();
        return lease is not null
            ? TypedResults.Ok(new ReadinessResponse("ready", lease.Searcher.Index.Count))
            : TypedResults.Json(new ReadinessResponse(StateOf(false, loader), null, loader.LastFailure), statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary><c>ready</c> once an index is served; before, <c>loading</c>, or <c>failing</c> while the first build fails and is tried again.</summary>
    public static string StateOf(bool served, IndexLoaderState loader) => served ? "ready" : loader.Failures > 0 ? "failing" : "loading";

    public sealed record HealthStatus(string Status);
}
