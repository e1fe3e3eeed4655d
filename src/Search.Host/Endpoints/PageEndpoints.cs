using System.Globalization;
using Search.Engine.Searching;
using Search.Host.Api;
using Search.Host.Hosting;
using Search.Host.Pages;

namespace Search.Host.Endpoints;

/// <summary>The pages people use: <c>/</c> (search), <c>/results</c> (the part app.js swaps in), <c>/articles/{id}</c>, <c>/figures</c>.</summary>
internal static class PageEndpoints
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext context, RequestIndex index) => SearchView(context, index, fragment: false))
            .RequireIndex(context => NotReady(context, fragment: false)).RequireRateLimiting(ApiPolicies.SearchRateLimit).ExcludeFromDescription();
        endpoints.MapGet("/results", (HttpContext context, RequestIndex index) => SearchView(context, index, fragment: true))
            .RequireIndex(context => NotReady(context, fragment: true)).RequireRateLimiting(ApiPolicies.SearchRateLimit).ExcludeFromDescription();
        endpoints.MapGet("/articles/{id}", ArticleView).RequireIndex(context => NotReady(context, fragment: false)).ExcludeFromDescription();
        endpoints.MapGet("/figures", FiguresView).RequireIndex(FiguresNotReady).ExcludeFromDescription();
        return endpoints;
    }

    private static IResult SearchView(HttpContext context, RequestIndex index, bool fragment)
    {
        var (request, _, problems) = SearchParameters.Parse(context.Request.Query);
        var result = request is null ? null : index.Searcher.Search(request);
        var messages = problems.Select(problem => $"{problem.Parameter}: {problem.Rule}").ToList();
        return SearchPageOf(context, request, result, messages, fragment, result is null ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    /// <summary>The search page (or its results, for app.js) without results, as the index is not served yet.</summary>
    private static IResult NotReady(HttpContext context, bool fragment) =>
        SearchPageOf(context, SearchParameters.Parse(context.Request.Query).Request, null, [], fragment, StatusCodes.Status503ServiceUnavailable);

    private static IResult SearchPageOf(HttpContext context, SearchRequest? request, SearchResult? result, IReadOnlyList<string> messages, bool fragment, int status)
    {
        var state = request is null ? new PageState(context.Request.Query["q"].ToString(), [], [], 1, null) : PageState.From(request);
        if (!fragment)
            return Page(SearchPage.Render(state, result, messages, SiteAddress.Of(context.Request)), status);
        var html = new Html();
        SearchPage.Results(html, state, result, messages, SiteAddress.Of(context.Request));
        return Page(html.ToString(), status);
    }

    private static IResult FiguresView(HttpContext context, RequestIndex requestIndex)
    {
        var (view, problems) = Pages.FiguresView.Parse(context.Request.Query);
        if (view is null)
            return Page(FiguresPage.Render(null, null, problems), StatusCodes.Status400BadRequest);
        var (settled, data) = FiguresData.Read(requestIndex.Searcher.Index, view);
        return Page(FiguresPage.Render(settled, data, []), StatusCodes.Status200OK);
    }

    private static IResult FiguresNotReady(HttpContext context)
    {
        var (view, problems) = Pages.FiguresView.Parse(context.Request.Query);
        return Page(FiguresPage.Render(view, null, problems), StatusCodes.Status503ServiceUnavailable);
    }

    private static IResult ArticleView(string id, string? q, string? figure, HttpContext context, RequestIndex index)
    {
        var searcher = index.Searcher;
        var site = SiteAddress.Of(context.Request);
        if (searcher.View(id, searcher.Prepare(q)) is not { } view)
            return Page(SearchPage.Render(new PageState(q ?? "", [], [], 1, null), null, ["没有这篇文章（编号不存在）"], site), StatusCodes.Status404NotFound);
        var marked = int.TryParse(figure, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : (int?)null;
        return Page(ArticlePage.Render(view, q ?? "", marked, site), StatusCodes.Status200OK);
    }

    private static IResult Page(string html, int status) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);
}
