using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Search.Host.Pages;

namespace Search.Host.Endpoints;

/// <summary>
/// <c>GET /api</c>: the API for people (<see cref="ApiPage"/>), rendered on the server from the OpenAPI
/// document itself, so it can never disagree with it, and needs no script or CDN.
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
            return Results.Content(ApiPage.Render(JsonNode.Parse(json)!), "text/html; charset=utf-8");
        }).ExcludeFromDescription();
        return endpoints;
    }
}
