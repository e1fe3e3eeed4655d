using Microsoft.Extensions.Options;

namespace Search.Host.Hosting;

/// <summary>
/// The address the service is reached at, for a citation's link to an article (a citation is read away
/// from the page it was copied from): <c>Search:PublicUrl</c> when set, else the request's own scheme,
/// host and base path — given back only to the client that sent them.
/// </summary>
internal static class SiteAddress
{
    public static string Of(HttpRequest request) =>
        request.HttpContext.RequestServices.GetService<IOptions<ApiOptions>>()?.Value.PublicUrl is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}";

    /// <summary>The absolute link to an article, as a citation gives it.</summary>
    public static string Article(string site, string id) => $"{site}/articles/{Uri.EscapeDataString(id)}";
}
