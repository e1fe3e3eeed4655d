using Search.Engine.Indexing;
using Search.Engine.Searching;

namespace Search.Host.Hosting;

/// <summary>
/// The view of the index one request reads: leased on first use and given back when the request
/// ends, so a search in flight finishes on the view it started with. While no index is served, the
/// first use throws <see cref="IndexNotReadyException"/>, which endpoints marked
/// <see cref="IndexRequirement.RequireIndex"/> answer with 503 — after their parameters were
/// checked, so a request that can never succeed gets its 400 or 404, not "try again".
/// </summary>
internal sealed class RequestIndex(IndexManager manager) : IDisposable
{
    private SearchLease? _lease;

    public Searcher Searcher => (_lease ??= manager.Lease() ?? throw new IndexNotReadyException()).Searcher;

    public void Dispose() => _lease?.Dispose();
}

/// <summary>No index is served yet: the service is building or loading it.</summary>
internal sealed class IndexNotReadyException() : Exception("No index is served yet.");

/// <summary>"The index is not ready": one answer, given by one endpoint filter.</summary>
internal static class IndexRequirement
{
    /// <summary>
    /// Answers 503 when the handler reads the index while none is served: a problem+json, or what
    /// <paramref name="notReady"/> renders (a page).
    /// </summary>
    public static RouteHandlerBuilder RequireIndex(this RouteHandlerBuilder builder, Func<HttpContext, IResult>? notReady = null) =>
        builder.AddEndpointFilter(async (context, next) =>
            {
                try
                {
                    return await next(context);
                }
                catch (IndexNotReadyException)
                {
                    return (notReady ?? (_ => NotReady()))(context.HttpContext);
                }
            })
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    // A new result each time: problem details gain per-request extensions (the trace id) as they are written.
    public static IResult NotReady() => TypedResults.Problem(
        title: "The index is not ready", detail: "The service is still building or loading its index; try again shortly.",
        statusCode: StatusCodes.Status503ServiceUnavailable);
}
