using Microsoft.Extensions.Options;
using Search.Engine;

namespace Search.Host.Hosting;

internal static class SearchOptionsSetup
{
    /// <summary>Binds <see cref="SearchOptions"/> and offers the resolved absolute <see cref="SearchPaths"/>.</summary>
    public static IServiceCollection AddSearchOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SearchOptions>(configuration.GetSection(SearchOptions.SectionName));
        services.AddSingleton(provider => SearchPaths.Resolve(
            provider.GetRequiredService<IOptions<SearchOptions>>().Value,
            Directory.GetCurrentDirectory()));
        return services;
    }
}
