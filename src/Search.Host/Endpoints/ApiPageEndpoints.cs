using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Search.Rendering;

namespace Search.Host.Endpoints;

/// <summary>
/// <c>GET /api</c>: the API for people, rendered on the server from the OpenAPI document itself, so it
/// can never disagree with it, and needs no script or CDN.
/// </summary>
internal static class ApiPageEndpoints
{
    public static IEndpointRouteBuilder MapApiPage(this IEndpointRouteBuilder endpoints)
    {
        // The document comes from the same in-process provider that serves /openapi/v1.json — not over
        // HTTP to the request's Host header, which a client controls.
        endpoints.MapGet("/api", async ([FromKeyedServices("v1")] IOpenApiDocumentProvider provider, CancellationToken cancellation) =>
        {
            var document = await provider.GetOpenApiDocumentAsync(cancellation);
            var json = await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, cancellation);
            return Results.Content(Render(JsonNode.Parse(json)!), "text/html; charset=utf-8");
        }).ExcludeFromDescription();
        return endpoints;
    }

    private static string Render(JsonNode document)
    {
        var html = new StringBuilder("""
            <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>API · 区市两会检索</title>
            <style>body{font:16px/1.6 system-ui,"Noto Sans CJK SC",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f2328}
            code{background:#f3f4f6;padding:0 .25em;border-radius:3px}table{border-collapse:collapse;width:100%}td,th{border:1px solid #d0d7de;padding:.3em .5em;text-align:left;vertical-align:top}</style>
            </head><body><h1>JSON API</h1><p>Machine-readable: <a href="/openapi/v1.json">/openapi/v1.json</a> (OpenAPI).</p>
            """);
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                html.Append("<h2><code>").Append(method.ToUpperInvariant()).Append(' ');
                HtmlText.Escape(html, path).Append("</code></h2><p>");
                HtmlText.Escape(html, operation?["summary"]?.ToString() ?? "").Append("</p><p>");
                HtmlText.Escape(html, operation?["description"]?.ToString() ?? "").Append("</p>");
                if (operation?["parameters"] is JsonArray { Count: > 0 } parameters)
                {
                    html.Append("<table><tr><th>parameter</th><th>in</th><th>schema</th><th>meaning</th></tr>");
                    foreach (var parameter in parameters)
                    {
                        html.Append("<tr><td><code>");
                        HtmlText.Escape(html, parameter?["name"]?.ToString() ?? "").Append("</code></td><td>");
                        HtmlText.Escape(html, parameter?["in"]?.ToString() ?? "").Append("</td><td><code>");
                        HtmlText.Escape(html, parameter?["schema"]?.ToJsonString() ?? "").Append("</code></td><td>");
                        HtmlText.Escape(html, parameter?["description"]?.ToString() ?? "").Append("</td></tr>");
                    }
                    html.Append("</table>");
                }
            }
        }
        return html.Append("</body></html>").ToString();
    }
}
