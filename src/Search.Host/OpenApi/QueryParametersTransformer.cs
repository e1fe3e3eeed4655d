using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Search.Corpus.Figures;
using Search.Corpus.Metadata;
using Search.Engine.Related;
using Search.Engine.Searching;
using Search.Engine.Terms;
using Search.Host.Api;
using Search.Host.Endpoints;
using Search.Rendering;

namespace Search.Host.OpenApi;

/// <summary>
/// Describes the query parameters of <c>/api/search</c>, <c>/api/figures</c>(<c>.csv</c>, <c>/outcomes</c>, <c>/levels</c>) and
/// <c>/api/articles/{id}/related</c> and <c>/api/districts/{district}</c> — type,
/// default, limits, examples — in the OpenAPI document. The endpoints read them themselves
/// (<see cref="SearchParameters"/>, <see cref="FigureParameters"/>) so that a bad value gets a
/// problem naming the parameter and the rule; this keeps the document as precise as that code.
/// </summary>
internal sealed class QueryParametersTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var parameters = context.Description.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName switch
        {
            "Search" => SearchParameterList(),
            "Figures" or "FiguresCsv" => FigureParameterList(),
            "FigureOutcomes" or "FigureOutcomesCsv" => FigureParameterList().Where(parameter => parameter.Name != "kind"),
            "FigureLevels" or "FigureLevelsCsv" =>
            [
                Parameter("place", "The place whose targets to compare (required, one; district is the same): a GB/T 2260 code or any name of the nation, a province, a city or a county.",
                    new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 20 }, "崂山区"),
                Parameter("year", $"The year of the targets; left out, the latest the place set targets for. {ReportYear.Earliest}–{ReportYear.Latest}.",
                    new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = ReportYear.Earliest.ToString(), Maximum = ReportYear.Latest.ToString() }, 2025),
            ],
            "RelatedArticles" =>
            [
                Parameter("size", $"How many related articles, 1–{RelatedArticles.MaxSize}.",
                    new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Maximum = RelatedArticles.MaxSize.ToString(), Default = RelatedArticles.DefaultSize }, 5),
            ],
            "NewTerms" =>
            [
                OnePlace("The government whose reports are read; left out, every government together.", required: false),
                OneYear("year", "The year whose new terms to list; left out, the latest the place has reports of."),
                Parameter("against", "place (default): new to the place's own earlier reports; all: new to every earlier report of the corpus.",
                    new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. WireNames.Against.Names.Select(n => (JsonNode)n)], Default = "place" }, "place"),
                TermSize(),
            ],
            "TermChanges" =>
            [
                OnePlace("The government whose reports are read; left out, every government together.", required: false),
                OneYear("from", "The earlier year; left out, every earlier year together (the later year against their average)."),
                OneYear("to", "The later year (year is the same); left out, the latest the place has reports of."),
                TermSize(),
            ],
            "DistinctiveTerms" =>
            [
                OnePlace("The government whose reports are compared with the other places' (required).", required: true),
                OneYear("year", "Only this year's reports, here and elsewhere; left out, every year."),
                TermSize(),
            ],
            "TermTrend" or "TermTrendCsv" =>
            [
                Parameter("q", $"The text to count (required; several terms are counted together), at most {TermParameters.MaxQueryLength} characters.",
                    new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = TermParameters.MaxQueryLength }, "新型城镇化", required: true),
                Parameter("place", $"A line for each of these governments (repeatable, at most {TermParameters.MaxTrendPlaces}; a code or any name); left out, one line for the whole corpus.",
                    new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 20 }, MaxItems = TermParameters.MaxTrendPlaces }, "崂山区"),
            ],
            "District" =>
            [
                Parameter("perYear", $"How many of each year's articles to list (newest first), 1–{DistrictEndpoints.MaxPerYear}; the count is of all.",
                    new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Maximum = DistrictEndpoints.MaxPerYear.ToString(), Default = DistrictEndpoints.DefaultPerYear }, 3),
            ],
            _ => null,
        };
        if (parameters is not null)
        {
            operation.Parameters ??= [];
            foreach (var parameter in parameters)
                operation.Parameters.Add(parameter);
        }
        return Task.CompletedTask;
    }

    private static IEnumerable<OpenApiParameter> SearchParameterList() =>
    [
        Parameter("q", "Query text in the query language; may be empty (lists every article, newest first). Never an error.",
            new OpenApiSchema { Type = JsonSchemaType.String, Default = "" }, "上合 提质"),
        .. PlaceParameters("Only articles about these places"),
        YearParameter("Only articles of these report years (repeatable, combined with OR; with districts, AND)"),
        Parameter("page", $"1-based page; page × size at most {SearchRequest.MaxWindow:N0}.",
            new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Default = 1 }, 1),
        Parameter("size", $"Hits per page, 1–{SearchRequest.MaxSize}.",
            new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Maximum = SearchRequest.MaxSize.ToString(), Default = SearchRequest.DefaultSize }, 10),
        Parameter("sort", "relevance (default with a query) or date (default without one).",
            new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. WireNames.Sort.Names.Select(s => (JsonNode)s)] }, "relevance"),
        Parameter("placeFacet", "Which places facets.place lists: shown (default) — the top level of the matches' places and the level under it, " +
            "and the way down to each selected place (at each level along it the listed places, and those directly under it); all — every place with a match.",
            new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. WireNames.PlaceFacet.Names.Select(s => (JsonNode)s)], Default = "shown" }, "shown"),
    ];

    private static IEnumerable<OpenApiParameter> FigureParameterList() =>
    [
        .. PlaceParameters("Only figures of these places"),
        YearParameter("Only figures for these years (the year a target is set for or a result was reached in; repeatable, combined with OR)"),
        Parameter("indicator", "Only these indicators (repeatable, combined with OR), by canonical name.",
            Array(new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. Indicators.All.Select(i => (JsonNode)i.Name)] }), "地区生产总值"),
        Parameter("kind", "target (a year's goal) or result (what a year reached); both when absent.",
            new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. WireNames.Kind.Names.Select(k => (JsonNode)k)] }, "target"),
        Parameter("level", "Only figures of governments of these levels (repeatable, combined with OR).",
            Array(new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. WireNames.Level.Names.Select(l => (JsonNode)l)] }), "province"),
    ];

    private static IEnumerable<OpenApiParameter> PlaceParameters(string what) =>
    [
        Parameter("place", $"{what} (repeatable, combined with OR; a place includes the places under it): a GB/T 2260 code (000000 for the nation) " +
            "or any name of the nation, a province, a city or a county (山东省, 山东, 青岛市, 崂山区, 崂山, 黄岛区). A name of no place, or of several, is a 400 naming it.",
            Array(new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 20 }), "山东省"),
        Parameter("district", "The same as place, the name this filter always had.", Array(new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 20 }), "崂山区"),
    ];

    private static OpenApiParameter YearParameter(string what) =>
        Parameter("year", $"{what}. {ReportYear.Earliest}–{ReportYear.Latest}.",
            Array(new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = ReportYear.Earliest.ToString(), Maximum = ReportYear.Latest.ToString() }), 2024);

    private static OpenApiParameter OnePlace(string what, bool required) =>
        Parameter("place", $"{what} One GB/T 2260 code (000000 for the nation) or any name of the nation (全国), a province, a city or a county; " +
            "its reports are the articles covering its own session, not those of the places under it.",
            new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 20 }, "崂山区", required);

    private static OpenApiParameter OneYear(string name, string what) =>
        Parameter(name, $"{what} {ReportYear.Earliest}–{ReportYear.Latest}.",
            new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = ReportYear.Earliest.ToString(), Maximum = ReportYear.Latest.ToString() }, 2024);

    private static OpenApiParameter TermSize() =>
        Parameter("size", $"How many terms (in each of rising and fading), 1–{NewTerms.MaxSize}.",
            new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Maximum = NewTerms.MaxSize.ToString(), Default = NewTerms.DefaultSize }, 30);

    private static OpenApiSchema Array(OpenApiSchema items) => new() { Type = JsonSchemaType.Array, Items = items, MaxItems = SearchParameters.MaxValues };

    private static OpenApiParameter Parameter(string name, string description, OpenApiSchema schema, JsonNode example, bool required = false) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Description = description,
        Required = required,
        Schema = schema,
        Example = example,
    };
}
