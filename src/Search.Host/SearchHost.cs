using Search.Host.Api;
using Search.Host.Endpoints;
using Search.Host.Hosting;
using Search.Host.OpenApi;

namespace Search.Host;

/// <summary>Composes the web application: services first, then the request pipeline and endpoints.</summary>
public static class SearchHost
{
    public const int MaxRequestLineBytes = 64 * 1024;
    public const int MaxRequestBodyBytes = 64 * 1024;

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        // A query of a few thousand Chinese characters is ~45 KB percent-encoded; let it reach the
        // parser (which trims it) instead of being refused by Kestrel with a bare 414.
        // Bodies: the API takes none worth more than a few bytes, so anything large is refused (413).
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestLineSize = MaxRequestLineBytes;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
        });
        builder.Services.AddSearch(builder.Configuration);
        builder.Services.AddApiPolicies(builder.Configuration);
        // ASP.NET Core's web defaults read numbers from JSON strings too (AllowReadingFromString); no
        // endpoint reads a JSON body, and the OpenAPI document describes numbers by these options, so
        // with that on every integer and number would be typed as a union with string (a pattern
        // for its digits) and generated clients would get union types. Numbers are numbers.
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJson.Default);
        });
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, context, _) =>
            {
                document.Info.Title = "Qingdao work-report search";
                document.Info.Description = "Full-text search over Chinese newspaper articles on Qingdao's district government work reports.";
                // The server as configured, or relative to the document: never the request's Host header, which a client sets.
                var publicUrl = context.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ApiOptions>>().Value.PublicUrl;
                document.Servers = [new Microsoft.OpenApi.OpenApiServer { Url = string.IsNullOrWhiteSpace(publicUrl) ? "/" : publicUrl.TrimEnd('/') }];
                // HEAD is answered wherever GET is (HeadRequests); described once, as the GET it is.
                foreach (var path in document.Paths.Values)
                    path.Operations?.Remove(HttpMethod.Head);
                return Task.CompletedTask;
            });
            options.AddOperationTransformer<QueryParametersTransformer>();
            options.AddOperationTransformer<ResponseExamplesTransformer>();
            options.AddSchemaTransformer<WireNamesSchemaTransformer>();
        });

        var app = builder.Build();

        app.UseResponseHeaders();
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseExceptionHandler();
        app.UseBodyLimit(MaxRequestBodyBytes);
        app.UseStatusCodePages();
        app.UseResponseCompression();
        app.UseCors();
        app.UseRateLimiter();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new Microsoft.Extensions.FileProviders.EmbeddedFileProvider(typeof(SearchHost).Assembly, "Search.Host.wwwroot"),
        });

        // HEAD is answered wherever GET is (Kestrel sends the headers alone).
        var site = app.MapGroup("").AnswerHeadLikeGet();
        site.MapOpenApi();
        site.MapApiPage();
        site.MapHealth();
        site.MapAdminApi();
        // Everything that reads the index or runs a query is rate-limited per client.
        // ... and runs one at a time per core (SearchConcurrency).
        var index = site.MapGroup("").RequireRateLimiting(ApiPolicies.ReadRateLimit).LimitToCores();
        index.MapSearchApi();
        index.MapFigureApi();
        index.MapTermApi();
        index.MapDistrictApi();
        index.MapPages();

        return app;
    }
}
