using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Search.Rendering;

namespace Search.Host.Tests.Api;

public sealed class OpenApiDocumentTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly RunningHost _host = fixture.Host;

    private async Task<JsonElement> Document() => JsonDocument.Parse(await _host.Client.GetStringAsync("/openapi/v1.json")).RootElement;

    [Fact]
    public async Task The_document_lists_every_endpoint()
    {
        var document = await Document();
        var paths = document.GetProperty("paths").EnumerateObject().Select(path => path.Name).ToList();
        var operations = document.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()).ToList();

        // HEAD is answered wherever GET is, but described once: each operation id stands once.
        Assert.DoesNotContain(operations, operation => operation.Name == "head");
        Assert.Equal(operations.Count, operations.Select(operation => operation.Value.GetProperty("operationId").GetString()).Distinct().Count());

        Assert.Equal(["/api/admin/reindex", "/api/admin/status", "/api/articles/{id}", "/api/articles/{id}/related", "/api/districts/{district}", "/api/figures", "/api/figures.csv", "/api/figures/levels", "/api/figures/levels.csv", "/api/figures/outcomes", "/api/figures/outcomes.csv", "/api/search", "/api/suggest", "/api/terms/changes", "/api/terms/distinctive", "/api/terms/new", "/api/terms/trend", "/api/terms/trend.csv", "/healthz", "/readyz"], paths.Order());
    }

    [Theory]
    [InlineData("/api/terms/new", "place,year,against,size", "")]
    [InlineData("/api/terms/changes", "place,from,to,size", "")]
    [InlineData("/api/terms/distinctive", "place,year,size", "place")]
    [InlineData("/api/terms/trend", "q,place", "q")]
    public async Task The_terms_views_parameters_are_described_and_the_required_ones_marked(string path, string names, string required)
    {
        var parameters = (await Document()).GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray().ToList();

        Assert.Equal(names.Split(','), parameters.Select(parameter => parameter.GetProperty("name").GetString()));
        Assert.Equal(required.Split(',', StringSplitOptions.RemoveEmptyEntries), parameters.Where(parameter => parameter.TryGetProperty("required", out var given) && given.GetBoolean()).Select(parameter => parameter.GetProperty("name").GetString()));
        Assert.All(parameters, parameter => Assert.False(string.IsNullOrEmpty(parameter.GetProperty("description").GetString())));
    }

    [Fact]
    public async Task The_server_is_named_relative_to_the_document_never_by_the_requests_host_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        request.Headers.Host = "evil.example";

        var document = JsonDocument.Parse(await (await _host.Client.SendAsync(request)).Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("/", document.GetProperty("servers").EnumerateArray().Single().GetProperty("url").GetString());
        Assert.DoesNotContain("evil.example", document.GetRawText());
    }

    [Fact]
    public async Task A_configured_public_address_is_the_server()
    {
        await using var host = await RunningHost.StartAsync("--Search:PublicUrl=https://search.example/");

        var document = JsonDocument.Parse(await host.Client.GetStringAsync("/openapi/v1.json")).RootElement;

        Assert.Equal("https://search.example", document.GetProperty("servers").EnumerateArray().Single().GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("/api/articles/{id}/related", "size", 20, 5)]
    [InlineData("/api/districts/{district}", "perYear", 100, 20)]
    public async Task A_count_parameter_is_described_as_a_bounded_integer(string path, string name, int maximum, int fallback)
    {
        var get = (await Document()).GetProperty("paths").GetProperty(path).GetProperty("get");
        var schema = get.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name).GetProperty("schema");

        Assert.Equal("integer", schema.GetProperty("type").GetString());
        Assert.Equal(maximum, schema.GetProperty("maximum").GetInt32());
        Assert.Equal(fallback, schema.GetProperty("default").GetInt32());
    }

    [Theory]
    [InlineData("/api/figures", "application/json")]
    [InlineData("/api/figures.csv", "text/csv")]
    public async Task Figure_parameters_are_described_with_their_allowed_values(string path, string produces)
    {
        var get = (await Document()).GetProperty("paths").GetProperty(path).GetProperty("get");
        var parameters = get.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p);

        Assert.Equal(["district", "indicator", "kind", "level", "place", "year"], parameters.Keys.Order());
        Assert.Contains("地区生产总值", parameters["indicator"].GetProperty("schema").GetProperty("items").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["target", "result"], parameters["kind"].GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.True(get.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty(produces, out _));
        Assert.True(get.GetProperty("responses").TryGetProperty("400", out _));
    }

    [Theory]
    [InlineData("/api/figures/outcomes", "application/json")]
    [InlineData("/api/figures/outcomes.csv", "text/csv")]
    public async Task Outcomes_take_the_figure_filters_but_kind_as_they_need_targets_and_results(string path, string produces)
    {
        var get = (await Document()).GetProperty("paths").GetProperty(path).GetProperty("get");

        Assert.Equal(["district", "indicator", "level", "place", "year"], get.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).Order());
        Assert.True(get.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty(produces, out _));
    }

    [Fact]
    public async Task Search_parameters_are_described_with_type_default_and_limits()
    {
        var parameters = (await Document()).GetProperty("paths").GetProperty("/api/search").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p);

        Assert.Equal(["district", "page", "place", "placeFacet", "q", "size", "sort", "year"], parameters.Keys.Order(StringComparer.Ordinal));
        Assert.All(parameters.Values, p => Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("description").GetString())));
        var size = parameters["size"].GetProperty("schema");
        Assert.Equal(("integer", 1, 100, 10), (size.GetProperty("type").GetString(), size.GetProperty("minimum").GetInt32(), size.GetProperty("maximum").GetInt32(), size.GetProperty("default").GetInt32()));
        Assert.Equal("array", parameters["year"].GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal("array", parameters["place"].GetProperty("schema").GetProperty("type").GetString());
        Assert.Contains("GB/T 2260", parameters["place"].GetProperty("description").GetString());
        Assert.Equal(["relevance", "date"], parameters["sort"].GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["shown", "all"], parameters["placeFacet"].GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Articles_take_their_id_in_the_path_and_responses_have_schemas()
    {
        var document = await Document();
        var article = document.GetProperty("paths").GetProperty("/api/articles/{id}").GetProperty("get");

        Assert.Equal("path", article.GetProperty("parameters")[0].GetProperty("in").GetString());
        Assert.True(article.GetProperty("responses").TryGetProperty("404", out _));
        var example = document.GetProperty("paths").GetProperty("/api/search").GetProperty("get").GetProperty("responses")
            .GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("example");
        Assert.Equal("上合", example.GetProperty("query").GetString());
        var schemas = document.GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.TryGetProperty("SearchResponse", out _));
        Assert.True(schemas.TryGetProperty("ArticleResponse", out _));
    }

    [Fact]
    public async Task Integers_and_numbers_are_typed_as_such_never_as_strings_too()
    {
        var schemas = SchemasIn(await Document()).ToList();

        // Each schema typed as a number or integer is that (or null) alone: no union with string, no digit pattern.
        var numeric = schemas.Where(schema => TypesOf(schema).Overlaps(["integer", "number"])).ToList();
        Assert.NotEmpty(numeric);
        Assert.All(numeric, schema =>
        {
            Assert.DoesNotContain("string", TypesOf(schema));
            Assert.False(schema.TryGetProperty("pattern", out _), schema.GetRawText());
        });
        // What .NET holds as an integer is an integer, in parameters and response schemas alike.
        var integers = schemas.Where(schema => schema.TryGetProperty("format", out var format) && format.GetString() is "int32" or "int64").ToList();
        Assert.NotEmpty(integers);
        Assert.All(integers, schema => Assert.Equal(["integer"], TypesOf(schema).Except(["null"])));
        Assert.DoesNotContain("\"integer\",\"string\"", (await _host.Client.GetStringAsync("/openapi/v1.json")).Replace(" ", ""));
    }

    [Theory]
    [InlineData("SearchResponse", "total")]
    [InlineData("FigureResponse", "year")]
    [InlineData("FigureResponse", "figureStart")]
    [InlineData("PlaceFacetResponse", "count")]
    public async Task Integer_properties_are_integers(string schema, string property)
    {
        var value = (await Document()).GetProperty("components").GetProperty("schemas").GetProperty(schema).GetProperty("properties").GetProperty(property);

        Assert.Equal("integer", value.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Integer_parameters_are_integers()
    {
        var parameters = ParametersIn(await Document()).ToLookup(parameter => parameter.Name, parameter => parameter.Schema);

        foreach (var name in new[] { "page", "size", "perYear" })
            Assert.All(parameters[name], schema => Assert.Equal("integer", schema.GetProperty("type").GetString()));
        Assert.All(parameters["year"], schema =>
            Assert.Equal("integer", (schema.GetProperty("type").GetString() == "array" ? schema.GetProperty("items") : schema).GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Kind_measure_and_sort_list_their_wire_names_wherever_they_stand()
    {
        var document = await Document();
        var named = SchemasIn(document).SelectMany(schema => schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject() : [])
            .Select(property => (property.Name, Schema: property.Value))
            .Concat(ParametersIn(document))
            .Where(item => item.Name is "kind" or "measure" or "sort" or "level" or "verdict")
            .ToList();
        string[][] allowed = [[.. WireNames.Kind.Names], [.. WireNames.Suggestion.Names], [.. WireNames.Measure.Names], [.. WireNames.Sort.Names], [.. WireNames.Level.Names], [.. WireNames.Verdict.Names]];

        Assert.Equal(["kind", "level", "measure", "sort", "verdict"], named.Select(item => item.Name).Distinct().Order());
        Assert.All(named, item =>
        {
            var schema = item.Schema.TryGetProperty("items", out var items) ? items : item.Schema;
            Assert.True(schema.TryGetProperty("enum", out var values), $"{item.Name}: {item.Schema.GetRawText()}");
            var names = values.EnumerateArray().Where(value => value.ValueKind != JsonValueKind.Null).Select(value => value.GetString()!).ToArray();
            Assert.Contains(allowed, wire => wire.SequenceEqual(names));
        });
        var figure = document.GetProperty("components").GetProperty("schemas").GetProperty("FigureResponse").GetProperty("properties");
        Assert.Equal(WireNames.Kind.Names, figure.GetProperty("kind").GetProperty("enum").EnumerateArray().Select(value => value.GetString()));
        Assert.Equal(WireNames.Measure.Names, figure.GetProperty("measure").GetProperty("enum").EnumerateArray().Select(value => value.GetString()));
    }

    /// <summary>Every operation's parameters, by name, with their schemas.</summary>
    private static IEnumerable<(string Name, JsonElement Schema)> ParametersIn(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject())
            .SelectMany(operation => operation.Value.TryGetProperty("parameters", out var list) ? list.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Select(parameter => (parameter.GetProperty("name").GetString()!, parameter.GetProperty("schema")));

    /// <summary>Every schema anywhere in the document: each object whose <c>type</c> is a type (a string or a list of them).</summary>
    private static IEnumerable<JsonElement> SchemasIn(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var type) && type.ValueKind is JsonValueKind.String or JsonValueKind.Array)
                yield return element;
            foreach (var inner in element.EnumerateObject().SelectMany(property => SchemasIn(property.Value)))
                yield return inner;
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var inner in element.EnumerateArray().SelectMany(SchemasIn))
                yield return inner;
        }
    }

    private static HashSet<string> TypesOf(JsonElement schema)
    {
        var type = schema.GetProperty("type");
        return type.ValueKind == JsonValueKind.String ? [type.GetString()!] : [.. type.EnumerateArray().Select(t => t.GetString()!)];
    }

    [Fact]
    public async Task A_page_for_people_renders_the_same_document()
    {
        var html = await _host.Client.GetStringAsync("/api");

        Assert.Contains("<code>GET /api/search</code>", html);
        Assert.Contains("/openapi/v1.json", html);
        // Rendered on the server: the one script is the site's own, for the search box of the layout it shares.
        Assert.Equal(["<script src=\"/app.js\" defer>"], Regex.Matches(html, "<script[^>]*>").Select(match => match.Value));
        // The site's policy allows no inline style: the page is styled by /app.css, as every page is.
        Assert.Contains("<link rel=\"stylesheet\" href=\"/app.css\">", html);
        Assert.DoesNotContain("<style", html);
        Assert.DoesNotContain("style=", html);
        Assert.Contains("<main class=\"doc api\">", html);
        // Parameters' examples, the response examples and the schemas' descriptions as written, never \u escapes.
        Assert.DoesNotMatch(@"\\u[0-9A-Fa-f]{4}", html);
        Assert.Contains("崂山区", html);
        Assert.Contains("同心同向建设 现代化上合新区", html);
        Assert.Contains("版次", html);
        Assert.Contains("<h3 id=\"schema-FigureResponse\">", html);
        Assert.Contains("<a href=\"/help\">", html);
    }

    [Fact]
    public async Task The_page_for_people_never_calls_out_to_the_host_a_client_names()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api");
        request.Headers.Host = "unreachable.invalid";

        var response = await _host.Client.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<code>GET /api/search</code>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_json_response_is_described_by_the_generated_serializers_not_by_reflection_at_the_first_request()
    {
        var document = await Document();
        var schemas = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject())
            .SelectMany(operation => operation.Value.GetProperty("responses").EnumerateObject().Where(response => response.Name.StartsWith('2')))
            .Select(response => response.Value.TryGetProperty("content", out var content) && content.TryGetProperty("application/json", out var json)
                ? json.GetProperty("schema").GetProperty("$ref").GetString()!.Split('/')[^1] : null)
            .OfType<string>().Distinct().Order().ToList();
        var hostTypes = typeof(SearchHost).Assembly.GetTypes();
        var options = _host.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

        Assert.Contains("SearchResponse", schemas);
        Assert.All(schemas, schema => Assert.IsType<Search.Host.Api.ApiJson>(
            options.GetTypeInfo(hostTypes.Single(type => type.Name == schema && (type.IsPublic || type.IsNestedPublic))).OriginatingResolver));
    }
}
