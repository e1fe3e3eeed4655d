using Microsoft.Extensions.Options;
using Search.Engine.Indexing;
using Search.Host.Api;
using Search.Host.Hosting;

namespace Search.Host.Endpoints;

/// <summary>What operators call with the admin key (<c>Search:AdminApiKey</c>): a rebuild, and the index's status.</summary>
internal static class AdminEndpoints
{
    private const string KeyNeeded = "Needs the configured key (Search:AdminApiKey) as 'Authorization: Bearer KEY' or 'X-Api-Key: KEY'; 404 while no key is configured.";

    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/api/admin").WithTags("Admin").AddEndpointFilter(RequireKey);

        admin.MapPost("/reindex", Reindex)
            .WithName("Reindex")
            .WithSummary("Rebuild the index from the corpus and swap it in")
            .WithDescription("Answers when the new index is live; searches keep being answered from the old one meanwhile. " + KeyNeeded)
            .Produces<ReindexResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

        admin.MapGet("/status", Status)
            .WithName("Status")
            .WithSummary("The index's state, its last commit and the corpus files skipped, with the reasons")
            .WithDescription("Every corpus file read with warnings or without an article — refused (not a regular file, a link out of the corpus), " +
                "too large, undecodable, unparsable, or with lines, values or articles skipped — each with its warnings (stage and reason). " +
                "A file that failed as a whole and whose earlier version is still served says so (keptEarlierVersion). " + KeyNeeded)
            .Produces<StatusResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    /// <summary>The admin endpoints do not exist without a configured key (404), and answer 401 to a request without it.</summary>
    private static async ValueTask<object?> RequireKey(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var key = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.AdminApiKey;
        if (string.IsNullOrEmpty(key))
            return TypedResults.Problem(title: "Not found", statusCode: StatusCodes.Status404NotFound);
        if (!ApiKey.IsPresentedIn(context.Request, key))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem(title: "Unauthorized", detail: "Send the admin key as 'Authorization: Bearer KEY' or 'X-Api-Key: KEY'.",
                statusCode: StatusCodes.Status401Unauthorized);
        }
        return await next(invocation);
    }

    private static async Task<IResult> Reindex(IndexManager manager)
    {
        // Not tied to the request: a rebuild the client stopped waiting for still completes (and swaps atomically).
        var report = await manager.BuildAsync(force: true, CancellationToken.None);
        return TypedResults.Ok(new ReindexResponse(report.Articles, Math.Round(report.Took.TotalSeconds, 3),
            report.Warnings.Select(warning => warning.ToString()).Concat(report.Problem is { } p ? [p] : []).ToList()));
    }

    private static IResult Status(IndexManager manager, IndexLoaderState loader)
    {
        var status = manager.Status();
        return TypedResults.Ok(StatusResponse.From(status, HealthEndpoints.StateOf(status is not null, loader), loader.LastFailure));
    }
}
