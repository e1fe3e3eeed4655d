namespace Search.Host.Hosting;

/// <summary>The host's settings in the <c>Search</c> section, beside the paths the engine uses.</summary>
public sealed class ApiOptions
{
    /// <summary>Key for <c>POST /api/admin/reindex</c>; the endpoint answers 404 while none is set.</summary>
    public string? AdminApiKey { get; set; }

    /// <summary>Origins allowed to call the GET endpoints from a browser; none (CORS off) by default.</summary>
    public string[] CorsOrigins { get; set; } = [];

    /// <summary>Searches (the API's and the search pages') one client may make per minute before answers turn to 429.</summary>
    public int SearchRequestsPerMinute { get; set; } = 1200;

    /// <summary>
    /// Other requests that read the index — articles, related articles, suggestions, figures,
    /// districts, and their pages — one client may make per minute before answers turn to 429.
    /// </summary>
    public int ReadRequestsPerMinute { get; set; } = 1200;

    /// <summary>
    /// The service's public address, for the OpenAPI document's <c>servers</c> and the links of citations
    /// (<c>https://search.example</c>); unset, the document names the server relative to itself, never by
    /// the request's Host header, and a citation links to the address the request was made to.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>
    /// How often the host looks for changes to serve without a restart: corpus files added, changed
    /// or removed (indexed at once when the file watcher reports them; the look catches what it
    /// misses), and commits another process (the command line's <c>index</c>) made. 0 turns both off:
    /// the corpus is then read only at start and on <c>POST /api/admin/reindex</c>.
    /// </summary>
    public double IndexPollSeconds { get; set; } = 2;
}
