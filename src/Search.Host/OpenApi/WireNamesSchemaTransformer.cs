using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Search.Host.Api;
using Search.Rendering;

namespace Search.Host.OpenApi;

/// <summary>
/// Gives the response properties that carry an enumeration's wire name (<c>kind</c>, <c>measure</c>,
/// <c>level</c>, <c>verdict</c>) their allowed values, read from <see cref="WireNames"/>: the records
/// hold them as strings, so the generated schema alone would say only "a string".
/// </summary>
internal sealed class WireNamesSchemaTransformer : IOpenApiSchemaTransformer
{
    private static readonly IReadOnlyList<string> Levels = WireNames.Level.Names;

    /// <summary>For each response record, its properties (by their JSON names) that hold a wire name, and the names.</summary>
    private static readonly Dictionary<Type, Dictionary<string, IReadOnlyList<string>>> Properties = new()
    {
        [typeof(FigureResponse)] = new() { ["kind"] = WireNames.Kind.Names, ["measure"] = WireNames.Measure.Names, ["level"] = Levels },
        [typeof(OutcomeResponse)] = new() { ["measure"] = WireNames.Measure.Names, ["verdict"] = WireNames.Verdict.Names },
        [typeof(LevelRowResponse)] = new() { ["measure"] = WireNames.Measure.Names },
        [typeof(SuggestionResponse)] = new() { ["kind"] = WireNames.Suggestion.Names },
        [typeof(PlaceResponse)] = new() { ["level"] = Levels },
        [typeof(PlaceFacetResponse)] = new() { ["level"] = Levels },
        [typeof(NewTermsResponse)] = new() { ["against"] = WireNames.Against.Names },
    };

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (!Properties.TryGetValue(context.JsonTypeInfo.Type, out var properties) || schema.Properties is null)
            return Task.CompletedTask;
        foreach (var (name, names) in properties)
        {
            if (schema.Properties.TryGetValue(name, out var property) && property is OpenApiSchema value)
            {
                // A nullable one (a verdict not yet known) allows null besides the names, as its type does.
                var nullable = value.Type?.HasFlag(JsonSchemaType.Null) == true;
                value.Enum = [.. names.Select(n => (JsonNode)n), .. nullable ? [null!] : Array.Empty<JsonNode>()];
            }
        }
        return Task.CompletedTask;
    }
}
