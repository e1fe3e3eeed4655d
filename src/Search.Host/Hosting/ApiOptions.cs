namespace Search.Host.Hosting;

/// <summary>The host's settings in the <c>Search</c> section, beside the paths the engine uses.</summary>
public sealed class ApiOptions
{
    /// <summary>Key for <c>POST /api/admin/reindex</c>; the endpoint answers 404 while none is set.</summary>
    public string? AdminApiKey { get; set; }

    /// <summary>Origins allowed to call the GET endpoints from a browser; none (CORS off) by default.</summary>
    public string[] CorsOrigins { get; set; } = [];

    /// <summary>Searches one client may make per minute before answers turn to 429.</summary>
    public int SearchRequestsPerMinute { get; set; } = 1200;

    /// <summary>
    /// How often the host looks whether another process (the command line's <c>index</c>) swapped a
    /// new index file in, to serve it without a restart; 0 turns the look off.
    /// </summary>
    public double IndexPollSeconds { get; set; } = 2;
}
