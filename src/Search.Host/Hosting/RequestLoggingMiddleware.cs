using System.Diagnostics;
using System.Globalization;
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
            // The line's parts (the target masked and escaped) are built only when the line is written:
            // a host run at Warning would build them for every request and throw them away.
            if (logger.IsEnabled(LogLevel.Information))
            {
                var elapsed = Stopwatch.GetElapsedTime(started);
                LogRequest(logger, Printable(context.Request.Method, 20), Target(context.Request),
                    context.Response.StatusCode, elapsed.TotalMilliseconds, context.TraceIdentifier);
            }
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

    /// <summary>
    /// The text with every character that could change how the line reads written as <c>\uXXXX</c>
    /// — control characters (ANSI escapes), line and paragraph separators, and format characters
    /// (the bidirectional overrides that reverse what follows) — cut to <paramref name="max"/>
    /// characters, never between the halves of a surrogate pair, with a note of how many more there were.
    /// </summary>
    public static string Printable(string? text, int max)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var printable = new StringBuilder(Math.Min(text.Length, max) + 16);
        var shown = 0;
        while (shown < text.Length && printable.Length < max)
        {
            var c = text[shown];
            if (char.IsHighSurrogate(c) && shown + 1 < text.Length && char.IsLowSurrogate(text[shown + 1]))
            {
                printable.Append(c).Append(text[shown + 1]);
                shown += 2;
                continue;
            }
            if (char.IsControl(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Format)
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
