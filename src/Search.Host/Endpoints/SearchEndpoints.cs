using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Engine.Indexing;
using Search.Engine.Related;
using Search.Host.Api;
using Search.Host.Hosting;

namespace Search.Host.Endpoints;

/// <summary>The JSON API for tools: search, whole articles, suggestions.</summary>
internal static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("Search").RequireCors(ApiPolicies.CorsPolicy);

        api.MapGet("/search", Search)
            .WithName("Search")
            .WithSummary("Search the articles")
            .WithDescription("Ranked articles with highlighted snippets and place and year facet counts over all matches. " +
                "Query language: space-separated terms are all required; \"…\" is an exact phrase; OR, -term and NOT term; " +
                "district:崂山, year:2024, year:2023..2025 (and -district:…, -year:… to leave those out) and title:… inside the query. No query text is an error.")
            .RequireRateLimiting(ApiPolicies.SearchRateLimit)
            .RequireIndex()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapGet("/articles/{id}", Article)
            .WithName("Article")
            .WithSummary("One whole article")
            .WithDescription("Title, metadata, captions and the body, paragraphs separated by \\n; the other printings of the article (alsoIn), " +
                "other newspapers' write-ups of the same session (otherCoverage: a district and the year in common, a good part of the text repeated), " +
                "for an article of one or two places each place's articles by year (timelines), and the five articles most like it (related).")
            .RequireIndex()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/articles/{id}/related", Related)
            .WithName("RelatedArticles")
            .WithSummary("The articles most like one article")
            .WithDescription("Up to size (1–20, default 5) articles most like it in content (MoreLikeThis over the whole article's words), " +
                "most alike first, each with the words they share; the article itself and reprints of it are left out.")
            .RequireIndex()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/suggest", Suggest)
            .WithName("Suggest")
            .WithSummary("Completions for what has been typed so far")
            .WithDescription("Up to 10 words and titles of the corpus starting with q, most used words first.");

        return endpoints;
    }

    private static Results<Ok<SearchResponse>, ValidationProblem> Search(HttpContext context, RequestIndex index)
    {
        var (request, placeFacet, problems) = SearchParameters.Parse(context.Request.Query);
        if (problems.Count > 0)
            return Invalid(problems, "Invalid search parameters");
        var result = index.Searcher.Search(request!);
        context.Response.Headers["Server-Timing"] = string.Create(CultureInfo.InvariantCulture,
            $"query;dur={result.Timings.QueryMs:0.###}, search;dur={result.Timings.SearchMs:0.###}, hits;dur={result.Timings.HitsMs:0.###}");
        return TypedResults.Ok(SearchResponse.From(result, placeFacet, SiteAddress.Of(context.Request)));
    }

    private static Results<Ok<ArticleResponse>, ProblemHttpResult> Article(string id, HttpContext context, RequestIndex index)
    {
        // The id is only ever a key into the index's own table: nothing here touches a path.
        return index.Searcher.View(id) is { } view ? TypedResults.Ok(ArticleResponse.From(view, SiteAddress.Of(context.Request))) : NoSuchArticle();
    }

    private static Results<Ok<RelatedResponse>, ValidationProblem, ProblemHttpResult> Related(string id, HttpContext context, RequestIndex index)
    {
        var problems = new List<SearchParameters.Problem>();
        var count = SearchParameters.Integer(context.Request.Query["size"], "size", RelatedArticles.DefaultSize, 1, RelatedArticles.MaxSize, problems);
        if (problems.Count > 0)
            return Invalid(problems, "Invalid parameters");
        return index.Searcher.Related(id, count) is { } related
            ? TypedResults.Ok(new RelatedResponse(id, [.. related.Select(RelatedArticleResponse.From)]))
            : NoSuchArticle();
    }

    private static ProblemHttpResult NoSuchArticle() =>
        TypedResults.Problem(title: "No such article", detail: "There is no article with this id.", statusCode: StatusCodes.Status404NotFound);

    private static Ok<SuggestResponse> Suggest(string? q, IndexManager manager)
    {
        using var lease = manager.Lease();
        var suggestions = lease?.Searcher.Suggest(q) ?? [];
        return TypedResults.Ok(new SuggestResponse(q ?? "", suggestions.Select(SuggestionResponse.From).ToList()));
    }

    /// <summary>A 400 problem listing, under each parameter, the rules it broke.</summary>
    public static ValidationProblem Invalid(IReadOnlyList<SearchParameters.Problem> problems, string title) => TypedResults.ValidationProblem(
        problems.GroupBy(problem => problem.Parameter).ToDictionary(group => group.Key, group => group.Select(p => p.Rule).ToArray()),
        title: title);
}
