using System.Diagnostics;
using System.Text;

namespace Search.Host.Hosting;

/// <summary>
/// Logs one line per request with its outcome and duration. (The framework's HttpLogging writes
/// a multi-line block per request, which is hard to scan and to grep.) The target is logged as
/// the log's reader can trust it: control characters (an ANSI escape in a decoded path would
/// drive the terminal that shows the log) written as <c>\u001b</c>, a long target cut at
/// <see cref="MaxTargetLength"/>, and the value of a key in the query string never written.
/// </summary>
internal sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    /// <summary>A request line may be 64 KB; the log keeps this much of its target.</summary>
    public const int MaxTargetLength = 300;

    private static readonly string[] SecretParameters = ["key", "apikey", "api_key", "token", "access_token"];

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
            LogRequest(logger, Printable(context.Request.Method, 20), Target(context.Request),
                context.Response.StatusCode, elapsed.TotalMilliseconds, context.TraceIdentifier);
        }
    }

    /// <summary>The path and query as the log shows them: secrets masked, control characters escaped, cut to <see cref="MaxTargetLength"/>.</summary>
    public static string Target(HttpRequest request)
    {
        var query = request.QueryString.HasValue ? "?" + string.Join('&', request.QueryString.Value!.TrimStart('?').Split('&').Select(Masked)) : "";
        return Printable(request.Path.Value + query, MaxTargetLength);
    }

    private static string Masked(string pair)
    {
        var name = pair.Split('=', 2)[0];
        return SecretParameters.Contains(Uri.UnescapeDataString(name), StringComparer.OrdinalIgnoreCase) ? name + "=***" : pair;
    }

    /// <summary>The text with every control character as <c>\uXXXX</c>, cut to <paramref name="max"/> characters with a note of how many more there were.</summary>
    public static string Printable(string? text, int max)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var printable = new StringBuilder(Math.Min(text.Length, max) + 16);
        var shown = 0;
        foreach (var c in text)
        {
            if (printable.Length >= max)
                break;
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
                printable.Append($"\\u{(int)c:x4}");
            else
                printable.Append(c);
            shown++;
        }
        return shown < text.Length ? printable.Append($"…({text.Length - shown:N0} more)").ToString() : printable.ToString();
    }

    /// <summary>The correlation id ends the line: it is what an error response shows, so a user's report finds its line.</summary>
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} {Target} {StatusCode} {ElapsedMs:0.0} ms {CorrelationId}")]
    private static partial void LogRequest(ILogger logger, string method, string target, int statusCode, double elapsedMs, string correlationId);
}
