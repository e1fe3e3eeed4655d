using Search.Engine.Indexing;
using Search.Engine.Searching;

namespace Search.Host.Hosting;

/// <summary>
/// The view of the index one request reads: leased on first use and given back when the request
/// ends, so a search in flight finishes on the view it started with. Endpoints that read it are
/// marked <see cref="IndexRequirement.RequireIndex"/>, which answers 503 before the handler runs
/// while no index is served (once served, an index stays served).
/// </summary>
internal sealed class RequestIndex(IndexManager manager) : IDisposable
{
    private SearchLease? _lease;

    public Searcher Searcher => (_lease ??= manager.Lease()
        ?? throw new InvalidOperationException("No index is served: an endpoint that reads the index must be marked RequireIndex()")).Searcher;

    public void Dispose() => _lease?.Dispose();
}

/// <summary>"The index is not ready": one answer, given by one endpoint filter.</summary>
internal static class IndexRequirement
{
    /// <summary>
    /// Answers 503 while no index is served, before the handler runs: a problem+json, or what
    /// <paramref name="notReady"/> renders (a page).
    /// </summary>
    public static RouteHandlerBuilder RequireIndex(this RouteHandlerBuilder builder, Func<HttpContext, IResult>? notReady = null) =>
        builder.AddEndpointFilter(async (context, next) =>
                context.HttpContext.RequestServices.GetRequiredService<IndexManager>().IsServing
                    ? await next(context)
                    : (notReady ?? (_ => NotReady()))(context.HttpContext))
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    // A new result each time: problem details gain per-request extensions (the trace id) as they are written.
    public static IResult NotReady() => TypedResults.Problem(
        title: "The index is not ready", detail: "The service is still building or loading its index; try again shortly.",
        statusCode: StatusCodes.Status503ServiceUnavailable);
}
