using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Search.Host.OpenApi;

/// <summary>Adds a realistic example to the success response of the search and article endpoints.</summary>
internal sealed class ResponseExamplesTransformer : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, string> Examples = new()
    {
        ["Search"] = """
            {"query":"上合","total":3,"page":1,"size":10,"tookMs":0.9,
             "hits":[{"id":"004_3039b4f5f4914328-2","title":"同心同向建设 现代化上合新区","titleHtml":"同心同向建设 现代化<mark>上合</mark>新区",
                      "districts":["胶州市"],"places":[{"code":"370281","name":"胶州市","level":"county","parent":"370200"}],
                      "year":2023,"date":"2023-01-05","source":"004_3039b4f5f4914328.txt","paper":"青岛晚报","published":null,"edition":null,
                      "score":8.34,"exact":true,
                      "snippets":[{"html":"运营好<mark>上合</mark>之珠国际博览中心,顶格筹备<mark>上合</mark>产业链供应链论坛…",
                                   "place":{"code":"370281","name":"胶州市","level":"county","parent":"370200"}}],
                      "alsoIn":[]}],
             "facets":{"place":[{"code":"370000","name":"山东省","level":"province","parent":null,"count":3,"selected":false},
                                {"code":"370200","name":"青岛市","level":"city","parent":"370000","count":3,"selected":false},
                                {"code":"370281","name":"胶州市","level":"county","parent":"370200","count":2,"selected":false}],
                       "district":[{"value":"胶州市","count":2,"selected":false}],
                       "year":[{"value":2025,"count":1,"selected":false},{"value":2023,"count":2,"selected":false}]}}
            """,
        ["Article"] = """
            {"id":"000_13824d23c47df48b-1","title":"崂山区：聚力做到“七个提质争先”","subtitle":"今年是建区30周年 全区干事创业精神状态全面提振",
             "districts":["崂山区"],"places":[{"code":"370212","name":"崂山区","level":"county","parent":"370200"}],
             "year":2024,"date":"2024-02-05","source":"000_13824d23c47df48b.txt","paper":"青岛晚报","published":null,"edition":null,
             "byline":"观海新闻/青岛晚报/掌上青岛 首席记者 张译心 通讯员 张绪霞 赵子健","captions":["崂山区发展日新月异。"],
             "body":"2024年是崂山区建区30周年。…\n2024年崂山区政府工作总的要求是：…"}
            """,
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var name = context.Description.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName;
        if (name is not null && Examples.TryGetValue(name, out var example) &&
            operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content?.TryGetValue("application/json", out var media) == true)
        {
            media.Example = JsonNode.Parse(example);
        }
        return Task.CompletedTask;
    }
}
