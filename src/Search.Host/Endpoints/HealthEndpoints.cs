namespace Search.Host.Endpoints;

internal static class HealthEndpoints
{
    /// <summary>Liveness: the process is up and answering HTTP.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => TypedResults.Ok(new HealthStatus("ok")))
            .WithName("Health")
            .WithTags("Health");
        return endpoints;
    }

    public sealed record HealthStatus(string Status);
}
