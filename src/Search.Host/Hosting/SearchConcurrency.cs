namespace Search.Host.Hosting;

/// <summary>
/// At most one request reading the index per core at a time; the others wait their turn without
/// holding a thread. A search is CPU work from start to end: more of them at once than there are
/// cores only share the cores and the caches. Under 32 connections the thread pool had grown to nine
/// workers, each in a search, where the engine's own benchmark runs two searching threads on two
/// cores. What a request gets is unchanged: only when its work starts.
/// </summary>
internal sealed class SearchConcurrency
{
    internal readonly SemaphoreSlim Slots = new(Environment.ProcessorCount, Environment.ProcessorCount);
}

internal static class SearchConcurrencyLimit
{
    /// <summary>
    /// The endpoints' handlers run one per core; what they return (the JSON or the page) is written
    /// after their slot is given back, so the writing of one answer overlaps the next search.
    /// </summary>
    public static TBuilder LimitToCores<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var slots = context.HttpContext.RequestServices.GetRequiredService<SearchConcurrency>().Slots;
            await slots.WaitAsync();
            try
            {
                return await next(context);
            }
            finally
            {
                slots.Release();
            }
        });
}
