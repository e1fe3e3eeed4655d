using Microsoft.Net.Http.Headers;
using Search.Host.Pages;

namespace Search.Host.Hosting;

/// <summary>
/// Who gets an error as a page and who as problem+json. A request under <c>/api</c>, <c>/openapi</c>,
/// <c>/healthz</c> or <c>/readyz</c>, or one whose Accept does not prefer <c>text/html</c>, is a
/// program's: it gets problem+json, as it always did. A browser asking for a page gets
/// <see cref="ErrorPage"/> in the site's layout.
/// </summary>
internal static class ErrorPages
{
    private static readonly string[] ProgramPaths = ["/api", "/openapi", "/healthz", "/readyz"];

    public static bool WantsPage(HttpRequest request) =>
        !ProgramPaths.Any(path => request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)) && PrefersHtml(request);

    /// <summary>Whether <c>text/html</c>, named as such (not through <c>*/*</c>), has the highest quality the Accept header gives.</summary>
    private static bool PrefersHtml(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted) || accepted.Count == 0)
            return false;
        var best = accepted.Max(type => type.Quality ?? 1);
        return best > 0 && accepted.Any(type => type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && (type.Quality ?? 1) == best);
    }

    /// <summary>
    /// An error a page endpoint answers itself (an article that does not exist): the page, worded by
    /// <paramref name="heading"/> and <paramref name="message"/>, for a browser; otherwise the problem.
    /// </summary>
    public static IResult Answer(HttpContext context, int status, string heading, string message, string title, string detail)
    {
        VaryByAccept(context.Response);
        return WantsPage(context.Request)
            ? Results.Content(ErrorPage.Render(status, heading, message), "text/html; charset=utf-8", statusCode: status)
            : TypedResults.Problem(title: title, detail: detail, statusCode: status);
    }

    /// <summary>The same address answers a page or problem+json by Accept: a shared cache must keep them apart.</summary>
    public static void VaryByAccept(HttpResponse response) => response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);

    /// <summary>
    /// Writes the errors the framework answers — an unknown address (status code pages), an exception
    /// (the exception handler), a refused request (rate limits, body limit) — as a page for a browser.
    /// Registered before the default writer, which takes what this one leaves.
    /// </summary>
    internal sealed class HtmlWriter(ILogger<HtmlWriter> log) : IProblemDetailsWriter
    {
        public bool CanWrite(ProblemDetailsContext context) => WantsPage(context.HttpContext.Request);

        public async ValueTask WriteAsync(ProblemDetailsContext context)
        {
            var response = context.HttpContext.Response;
            string html;
            try
            {
                html = ErrorPage.Render(context.ProblemDetails.Status ?? response.StatusCode);
            }
            catch (Exception failure)
            {
                // Rendering the page of an error must not become an error of its own (a 500 for a 404, or none at all for a 500).
                log.LogError(failure, "The error page could not be rendered; the fixed one was sent");
                html = ErrorPage.Fallback;
            }
            response.ContentType = "text/html; charset=utf-8";
            VaryByAccept(response);
            await response.WriteAsync(html, context.HttpContext.RequestAborted);
        }
    }
}
