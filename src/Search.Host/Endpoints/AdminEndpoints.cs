using Microsoft.Extensions.Options;
using Search.Engine.Indexing;
using Search.Host.Api;
using Search.Host.Hosting;

namespace Search.Host.Endpoints;

internal static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/admin/reindex", Reindex)
            .WithTags("Admin")
            .WithName("Reindex")
            .WithSummary("Rebuild the index from the corpus and swap it in")
            .WithDescription("Needs the configured key (Search:AdminApiKey) as 'Authorization: Bearer KEY' or 'X-Api-Key: KEY'. " +
                "Answers when the new index is live; searches keep being answered from the old one meanwhile. " +
                "404 while no key is configured.")
            .Produces<ReindexResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<IResult> Reindex(HttpContext context, IndexManager manager, IOptions<ApiOptions> options)
    {
        if (string.IsNullOrEmpty(options.Value.AdminApiKey))
            return TypedResults.Problem(title: "Not found", statusCode: StatusCodes.Status404NotFound);
        if (!ApiKey.IsPresentedIn(context.Request, options.Value.AdminApiKey))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem(title: "Unauthorized", detail: "Send the admin key as 'Authorization: Bearer KEY' or 'X-Api-Key: KEY'.",
                statusCode: StatusCodes.Status401Unauthorized);
        }
        // Not tied to the request: a rebuild the client stopped waiting for still completes (and swaps atomically).
        var report = await manager.BuildAsync(force: true, CancellationToken.None);
        return TypedResults.Ok(new ReindexResponse(report.Articles, Math.Round(report.Took.TotalSeconds, 3),
            report.Warnings.Select(warning => warning.ToString()).Concat(report.Problem is { } p ? [p] : []).ToList()));
    }
}
