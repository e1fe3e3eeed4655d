using System.Diagnostics;

namespace Search.Host.Hosting;

/// <summary>
/// Logs one line per request with its outcome and duration. (The framework's HttpLogging writes
/// a multi-line block per request, which is hard to scan and to grep.)
/// </summary>
internal sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            LogRequest(logger, context.Request.Method, context.Request.Path + context.Request.QueryString,
                context.Response.StatusCode, elapsed.TotalMilliseconds, context.TraceIdentifier);
        }
    }

    /// <summary>The correlation id ends the line: it is what an error response shows, so a user's report finds its line.</summary>
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} {Target} {StatusCode} {ElapsedMs:0.0} ms {CorrelationId}")]
    private static partial void LogRequest(ILogger logger, string method, string target, int statusCode, double elapsedMs, string correlationId);
}
