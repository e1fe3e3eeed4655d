using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Search.Host.Pages;

/// <summary>
/// <c>/api</c>: the OpenAPI document for people, in the site's layout — each operation with its
/// parameters, responses and example, then the response schemas. Rendered from the document itself,
/// so it can never disagree with it; JSON is shown with its Chinese as characters.
/// </summary>
internal static class ApiPage
{
    public const string Title = "JSON API";

    /// <summary>
    /// JSON as people read it: characters as they are (the page escapes what HTML needs), not
    /// <c>\u5D02</c>. Safe here only because the text goes through <see cref="Html.Text"/>.
    /// </summary>
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    public static string Render(JsonNode document)
    {
        var html = new Html();
        Layout.Head(html, $"{Title} · {SearchPage.Brand}");
        Layout.Masthead(html, new PageState("", [], [], 1, null));
        html.Raw("<main class=\"doc api\"><h1>").Text(Title).Raw("</h1><p>供程序调用的接口，返回 JSON（错误为 <code>application/problem+json</code>）。")
            .Raw("机器可读的 OpenAPI 文档：<a href=\"/openapi/v1.json\">/openapi/v1.json</a>。参数 <code>q</code> 的查询语法见<a href=\"/help\">帮助</a>。</p>");
        var operations = Operations(document).ToList();
        html.Raw("<nav aria-label=\"接口目录\"><ul class=\"toc\">");
        foreach (var (path, method, operation) in operations)
            html.Raw("<li><a href=\"#").Text(AnchorOf(method, path)).Raw("\"><code>").Text($"{method.ToUpperInvariant()} {path}").Raw("</code></a> ")
                .Text(operation["summary"]?.ToString()).Raw("</li>");
        html.Raw("</ul></nav>");
        foreach (var (path, method, operation) in operations)
            Operation(html, path, method, operation);
        Schemas(html, document["components"]?["schemas"] as JsonObject);
        html.Raw("</main>");
        return Layout.End(html);
    }

    private static IEnumerable<(string Path, string Method, JsonNode Operation)> Operations(JsonNode document) =>
        from path in document["paths"]?.AsObject() ?? []
        from operation in path.Value?.AsObject() ?? []
        where operation.Value is not null
        select (path.Key, operation.Key, operation.Value!);

    private static string AnchorOf(string method, string path) =>
        method + "-" + string.Concat(path.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Trim('-');

    private static void Operation(Html html, string path, string method, JsonNode operation)
    {
        var anchor = AnchorOf(method, path);
        html.Raw("<section class=\"operation\" aria-labelledby=\"").Text(anchor).Raw("\"><h2 id=\"").Text(anchor).Raw("\"><code>")
            .Text($"{method.ToUpperInvariant()} {path}").Raw("</code></h2><p class=\"summary-line\">").Text(operation["summary"]?.ToString()).Raw("</p>");
        if (operation["description"]?.ToString() is { Length: > 0 } description)
            html.Raw("<p>").Text(description).Raw("</p>");
        if (operation["parameters"] is JsonArray { Count: > 0 } parameters)
        {
            html.Raw("<table class=\"doc-table\"><caption>参数</caption><thead><tr><th scope=\"col\">名称</th><th scope=\"col\">位置</th>")
                .Raw("<th scope=\"col\">类型与取值</th><th scope=\"col\">说明</th></tr></thead><tbody>");
            foreach (var parameter in parameters)
            {
                html.Raw("<tr><td><code>").Text(parameter?["name"]?.ToString()).Raw("</code>").Raw(parameter?["required"]?.GetValue<bool>() == true ? "（必填）" : "")
                    .Raw("</td><td>").Text(parameter?["in"]?.ToString()).Raw("</td><td><code>").Text(parameter?["schema"]?.ToJsonString(Compact)).Raw("</code></td><td>")
                    .Text(parameter?["description"]?.ToString());
                if (parameter?["example"] is { } example)
                    html.Raw(" 例：<code>").Text(example.ToJsonString(Compact)).Raw("</code>");
                html.Raw("</td></tr>");
            }
            html.Raw("</tbody></table>");
        }
        Responses(html, operation["responses"] as JsonObject);
        html.Raw("</section>");
    }

    private static void Responses(Html html, JsonObject? responses)
    {
        if (responses is null || responses.Count == 0)
            return;
        html.Raw("<h3>响应</h3><ul class=\"responses\">");
        foreach (var (status, response) in responses)
        {
            html.Raw("<li><code>").Text(status).Raw("</code> ").Text(response?["description"]?.ToString());
            foreach (var (media, content) in response?["content"]?.AsObject() ?? [])
            {
                html.Raw(" · <code>").Text(media).Raw("</code>");
                if (SchemaName(content?["schema"]) is { } name)
                    html.Raw(" <a href=\"#schema-").Text(name).Raw("\">").Text(name).Raw("</a>");
            }
            foreach (var (_, content) in response?["content"]?.AsObject() ?? [])
            {
                if (content?["example"] is { } example)
                    html.Raw("<details><summary>示例</summary><pre><code>").Text(example.ToJsonString(Indented)).Raw("</code></pre></details>");
            }
            html.Raw("</li>");
        }
        html.Raw("</ul>");
    }

    /// <summary>The component a response refers to (<c>#/components/schemas/SearchResponse</c> → SearchResponse).</summary>
    private static string? SchemaName(JsonNode? schema) =>
        schema?["$ref"]?.ToString() is { } reference && reference.StartsWith("#/components/schemas/", StringComparison.Ordinal)
            ? reference["#/components/schemas/".Length..]
            : null;

    /// <summary>A property's schema as compact JSON without its description, which has a column of its own.</summary>
    private static string TypeOf(JsonNode? schema)
    {
        if (schema is not JsonObject properties || !properties.ContainsKey("description"))
            return schema?.ToJsonString(Compact) ?? "";
        var copy = (JsonObject)properties.DeepClone();
        copy.Remove("description");
        return copy.ToJsonString(Compact);
    }

    private static void Schemas(Html html, JsonObject? schemas)
    {
        if (schemas is null || schemas.Count == 0)
            return;
        html.Raw("<section class=\"schemas\" aria-labelledby=\"schemas\"><h2 id=\"schemas\">数据结构</h2>");
        foreach (var (name, schema) in schemas)
        {
            html.Raw("<h3 id=\"schema-").Text(name).Raw("\">").Text(name).Raw("</h3>");
            if (schema?["properties"] is not JsonObject { Count: > 0 } properties)
            {
                html.Raw("<p><code>").Text(schema?.ToJsonString(Compact)).Raw("</code></p>");
                continue;
            }
            var required = (schema["required"] as JsonArray)?.Select(node => node?.ToString()).ToHashSet() ?? [];
            html.Raw("<table class=\"doc-table\"><thead><tr><th scope=\"col\">字段</th><th scope=\"col\">类型与取值</th><th scope=\"col\">说明</th></tr></thead><tbody>");
            foreach (var (property, value) in properties)
            {
                html.Raw("<tr><td><code>").Text(property).Raw("</code>").Raw(required.Contains(property) ? "" : "（可省略）").Raw("</td><td>");
                if ((SchemaName(value) ?? SchemaName(value?["items"])) is { } reference)
                    html.Raw(value?["items"] is null ? "" : "数组，每项 ").Raw("<a href=\"#schema-").Text(reference).Raw("\">").Text(reference).Raw("</a>");
                else
                    html.Raw("<code>").Text(TypeOf(value)).Raw("</code>");
                html.Raw("</td><td>").Text(value?["description"]?.ToString()).Raw("</td></tr>");
            }
            html.Raw("</tbody></table>");
        }
        html.Raw("</section>");
    }
}
