using System.Threading.RateLimiting;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Search.Host.Hosting;

/// <summary>
/// Cross-cutting behaviour of the API: problem details for every error (with the request's
/// correlation id; a browser asking for a page gets it as a page, <see cref="ErrorPages"/>), compressed responses, CORS for GET when configured, and per-client rate limits
/// on everything that reads the index — searches, and the rest — that answer 429 with Retry-After.
/// </summary>
internal static class ApiPolicies
{
    public const string SearchRateLimit = "search";
    public const string ReadRateLimit = "read";
    public const string CorsPolicy = "api-get";
    public const string CorrelationHeader = "X-Correlation-Id";

    public static IServiceCollection AddApiPolicies(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ApiOptions>(configuration.GetSection(Engine.SearchOptions.SectionName));
        var options = configuration.GetSection(Engine.SearchOptions.SectionName).Get<ApiOptions>() ?? new ApiOptions();

        // Before AddProblemDetails, so that a browser's error is a page; the default writer takes the rest.
        services.AddSingleton<IProblemDetailsWriter, ErrorPages.HtmlWriter>();
        services.AddProblemDetails(problem => problem.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["correlationId"] = context.HttpContext.TraceIdentifier;
            ErrorPages.VaryByAccept(context.HttpContext.Response);
        });

        services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true;
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json"]);
        });

        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
            policy.WithOrigins(options.CorsOrigins).WithMethods("GET").WithExposedHeaders("Server-Timing", CorrelationHeader)));

        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(SearchRateLimit, context => PerClient(context, options => options.SearchRequestsPerMinute));
            limiter.AddPolicy(ReadRateLimit, context => PerClient(context, options => options.ReadRequestsPerMinute));
            limiter.OnRejected = async (context, cancellation) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 1;
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = 429, Title = "Too many requests", Detail = "Slow down: try again after the number of seconds in Retry-After." },
                });
            };
        });
        return services;
    }

    /// <summary>
    /// A token bucket per client address: a burst of a minute's requests, refilled at the minute's rate. The
    /// policy name is part of the key, so each policy counts a client's requests on its own.
    /// </summary>
    private static RateLimitPartition<string> PerClient(HttpContext context, Func<ApiOptions, int> perMinuteOf)
    {
        var perMinute = Math.Max(1, perMinuteOf(context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value));
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = perMinute,
            // A second's share when a minute gives one a second or more; else one token every 60/perMinute
            // seconds: a limit of 3 a minute refilled one a second would be 60 a minute.
            TokensPerPeriod = Math.Max(1, perMinute / 60),
            ReplenishmentPeriod = perMinute >= 60 ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(60.0 / perMinute),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    /// <summary>
    /// Every response says which request it answers (so a failure can be found in the log) and
    /// carries the security headers: a Content-Security-Policy that allows only the host's own script
    /// and styles (the pages have no inline script or style), no MIME sniffing, no referrer leaving the site.
    /// </summary>
    public static IApplicationBuilder UseResponseHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers[CorrelationHeader] = context.TraceIdentifier;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        return next(context);
    });

    /// <summary>
    /// Refuses a declared body over the limit before any endpoint runs: no endpoint reads a body,
    /// so Kestrel's own limit (which acts on reading) would never fire for them.
    /// </summary>
    public static IApplicationBuilder UseBodyLimit(this IApplicationBuilder app, long maxBytes) => app.Use(async (context, next) =>
    {
        if (context.Request.ContentLength > maxBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = 413, Title = "Request body too large", Detail = $"Bodies may be at most {maxBytes:N0} bytes." },
            });
            return;
        }
        await next(context);
    });

    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
}
