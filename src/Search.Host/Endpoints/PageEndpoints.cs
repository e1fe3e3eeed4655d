using System.Globalization;
using Search.Engine.Indexing;
using Search.Engine.Searching;
using Search.Host.Api;
using Search.Host.Hosting;
using Search.Host.Pages;

namespace Search.Host.Endpoints;

/// <summary>The pages people use: <c>/</c> (search), <c>/results</c> (the part app.js swaps in), <c>/articles/{id}</c>, <c>/figures</c>, <c>/terms</c>, <c>/help</c>.</summary>
internal static class PageEndpoints
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext context, RequestIndex index) => SearchView(context, index, fragment: false))
            .RequireIndex(context => NotReady(context, fragment: false)).RequireRateLimiting(ApiPolicies.SearchRateLimit).ExcludeFromDescription();
        endpoints.MapGet("/results", (HttpContext context, RequestIndex index) => SearchView(context, index, fragment: true))
            .RequireIndex(context => NotReady(context, fragment: true)).RequireRateLimiting(ApiPolicies.SearchRateLimit).ExcludeFromDescription();
        endpoints.MapGet("/articles/{id}", ArticleView).RequireIndex(context => NotReady(context, fragment: false)).ExcludeFromDescription();
        endpoints.MapGet("/help", Help).ExcludeFromDescription();
        endpoints.MapGet("/figures", FiguresView).RequireIndex(FiguresNotReady).ExcludeFromDescription();
        endpoints.MapGet(Pages.TermsView.Path, TermsView).RequireIndex(TermsNotReady).ExcludeFromDescription();
        return endpoints;
    }

    private static IResult SearchView(HttpContext context, RequestIndex index, bool fragment)
    {
        var (request, _, problems) = SearchParameters.Parse(context.Request.Query);
        var result = request is null ? null : index.Searcher.Search(request);
        var messages = problems.Select(problem => problem.ForReaders()).ToList();
        // A bad address is the page's error (app.js shows the fragment's notice in place).
        if (result is null && !fragment)
        {
            return ErrorPages.Answer(context, StatusCodes.Status400BadRequest, "无法完成检索", "地址中的参数有误：" + string.Join("；", messages),
                "Invalid search parameters", string.Join("; ", problems.Select(problem => $"{problem.Parameter}: {problem.Rule}")));
        }
        var overview = request is not null && HomeIntro.Applies(PageState.From(request))
            ? new CorpusOverview(index.Searcher.Index.Papers, QueryExamples.For(index.Searcher))
            : null;
        return SearchPageOf(context, request, result, messages, fragment, result is null ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK, overview);
    }

    /// <summary>The query language and its examples, counted against the index while one is served.</summary>
    private static IResult Help(IndexManager manager)
    {
        using var lease = manager.Lease();
        return Page(HelpPage.Render(QueryExamples.For(lease?.Searcher)), StatusCodes.Status200OK);
    }

    /// <summary>The search page (or its results, for app.js) without results, as the index is not served yet.</summary>
    private static IResult NotReady(HttpContext context, bool fragment) =>
        SearchPageOf(context, SearchParameters.Parse(context.Request.Query).Request, null, [], fragment, StatusCodes.Status503ServiceUnavailable);

    private static IResult SearchPageOf(HttpContext context, SearchRequest? request, SearchResult? result, IReadOnlyList<string> messages, bool fragment, int status,
        CorpusOverview? overview = null)
    {
        var state = request is null ? new PageState(context.Request.Query["q"].ToString(), [], [], 1, null) : PageState.From(request);
        if (!fragment)
            return Page(SearchPage.Render(state, result, messages, SiteAddress.Of(context.Request), overview), status);
        var html = new Html();
        SearchPage.Results(html, state, result, messages, SiteAddress.Of(context.Request), overview);
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

    private static IResult TermsView(HttpContext context, RequestIndex requestIndex)
    {
        var (view, problems) = Pages.TermsView.Parse(context.Request.Query);
        return view is null
            ? Page(TermsPage.Render(null, null, problems), StatusCodes.Status400BadRequest)
            : Page(TermsPage.Render(view, TermsData.Read(requestIndex.Searcher, view), []), StatusCodes.Status200OK);
    }

    private static IResult TermsNotReady(HttpContext context)
    {
        var (view, problems) = Pages.TermsView.Parse(context.Request.Query);
        return Page(TermsPage.Render(view, null, problems), StatusCodes.Status503ServiceUnavailable);
    }

    private static IResult ArticleView(HttpContext context, string id, string? q, string? figure, RequestIndex index)
    {
        var searcher = index.Searcher;
        var site = SiteAddress.Of(context.Request);
        if (searcher.View(id, searcher.Prepare(q)) is not { } view)
        {
            return ErrorPages.Answer(context, StatusCodes.Status404NotFound, "这篇文章不存在",
                "索引中没有这个编号的文章：链接可能有误，或文章已从语料中移除。可以在上方搜索它的标题或内容。",
                "No such article", "There is no article with this id.");
        }
        var marked = int.TryParse(figure, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : (int?)null;
        // The search it was opened from, to return to; its query alone when the rest of the address is not a search's.
        var from = SearchParameters.Parse(context.Request.Query).Request is { } request ? PageState.From(request) : new PageState(q ?? "", [], [], 1, null);
        return Page(ArticlePage.Render(view, from, marked, site), StatusCodes.Status200OK);
    }

    private static IResult Page(string html, int status) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);
}
