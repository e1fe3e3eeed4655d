using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Search.Corpus.Metadata;
using Search.Engine.Searching;
using Search.Host.Api;

namespace Search.Host.OpenApi;

/// <summary>
/// Describes <c>/api/search</c>'s parameters — type, default, limits, examples — in the OpenAPI
/// document. The endpoint reads them itself (<see cref="SearchParameters"/>) so that a bad value gets
/// a problem naming the parameter and the rule; this keeps the document as precise as that code.
/// </summary>
internal sealed class SearchParametersTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName != "Search")
            return Task.CompletedTask;

        operation.Parameters ??= [];
        operation.Parameters.Add(Parameter("q", "Query text in the query language; may be empty (lists every article, newest first). Never an error.",
            new OpenApiSchema { Type = JsonSchemaType.String, Default = "" }, "上合 提质"));
        operation.Parameters.Add(Parameter("district", $"Only articles about these districts (repeatable, combined with OR). Canonical names or short forms: {string.Join("、", Districts.All)}.",
            Array(new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. Districts.All.Select(d => (JsonNode)d)] }), "崂山区"));
        operation.Parameters.Add(Parameter("year", $"Only articles of these report years (repeatable, combined with OR; with districts, AND). {ReportYear.Earliest}–{ReportYear.Latest}.",
            Array(new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = ReportYear.Earliest.ToString(), Maximum = ReportYear.Latest.ToString() }), 2024));
        operation.Parameters.Add(Parameter("page", $"1-based page; page × size at most {SearchRequest.MaxWindow:N0}.",
            new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Default = 1 }, 1));
        operation.Parameters.Add(Parameter("size", $"Hits per page, 1–{SearchRequest.MaxSize}.",
            new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Maximum = SearchRequest.MaxSize.ToString(), Default = SearchParameters.DefaultSize }, 10));
        operation.Parameters.Add(Parameter("sort", "relevance (default with a query) or date (default without one).",
            new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. SearchParameters.SortValues.Select(s => (JsonNode)s)] }, "relevance"));
        return Task.CompletedTask;
    }

    private static OpenApiSchema Array(OpenApiSchema items) => new() { Type = JsonSchemaType.Array, Items = items, MaxItems = SearchParameters.MaxValues };

    private static OpenApiParameter Parameter(string name, string description, OpenApiSchema schema, JsonNode example) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Description = description,
        Required = false,
        Schema = schema,
        Example = example,
    };
}
