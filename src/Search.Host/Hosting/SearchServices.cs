using Microsoft.Extensions.Options;
using Search.Engine;
using Search.Engine.Indexing;

namespace Search.Host.Hosting;

internal static class SearchServices
{
    /// <summary>
    /// Binds <see cref="SearchOptions"/>, offers the resolved <see cref="SearchPaths"/> and the
    /// <see cref="IndexManager"/> over them and each request's <see cref="RequestIndex"/>, and loads
    /// the index in the background at start-up.
    /// </summary>
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SearchOptions>(configuration.GetSection(SearchOptions.SectionName));
        services.AddSingleton(provider => SearchPaths.Resolve(
            provider.GetRequiredService<IOptions<SearchOptions>>().Value,
            Directory.GetCurrentDirectory()));
        services.AddSingleton(provider => IndexManager.For(provider.GetRequiredService<SearchPaths>(),
            provider.GetRequiredService<IOptions<SearchOptions>>().Value));
        services.AddScoped<RequestIndex>();
        services.AddSingleton<SearchConcurrency>();
        services.AddSingleton<IndexLoaderState>();
        services.AddHostedService<IndexLoader>();
        return services;
    }
}
