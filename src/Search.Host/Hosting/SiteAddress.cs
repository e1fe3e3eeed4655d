namespace Search.Host.Hosting;

/// <summary>
/// The address the service is reached at, as the request gives it (scheme, host, base path): what a
/// citation's link to an article needs, since a citation is read away from the page it was copied from.
/// </summary>
internal static class SiteAddress
{
    public static string Of(HttpRequest request) => $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}";

    /// <summary>The absolute link to an article, as a citation gives it.</summary>
    public static string Article(string site, string id) => $"{site}/articles/{Uri.EscapeDataString(id)}";
}
