using Search.Host.Endpoints;
using Search.Host.Hosting;

namespace Search.Host;

/// <summary>Composes the web application: services first, then the request pipeline and endpoints.</summary>
public static class SearchHost
{
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        builder.Services.AddSearch(builder.Configuration);

        var app = builder.Build();

        app.UseMiddleware<RequestLoggingMiddleware>();
        app.MapHealth();

        return app;
    }
}
