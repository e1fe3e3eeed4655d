using System.Globalization;
using Search.Engine.Figures;
using Search.Engine.Indexing;
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
        endpoints.MapGet("/", (HttpContext context, IndexManager manager) => SearchView(context, manager, fragment: false))
            .RequireRateLimiting(ApiPolicies.SearchRateLimit).ExcludeFromDescription();
        endpoints.MapGet("/results", (HttpContext context, IndexManager manager) => SearchView(context, manager, fragment: true))
            .RequireRateLimiting(ApiPolicies.SearchRateLimit).ExcludeFromDescription();
        endpoints.MapGet("/articles/{id}", ArticleView).ExcludeFromDescription();
        endpoints.MapGet("/figures", FiguresView).ExcludeFromDescription();
        return endpoints;
    }

    private static IResult SearchView(HttpContext context, IndexManager manager, bool fragment)
    {
        var (request, _, problems) = SearchParameters.Parse(context.Request.Query);
        var state = request is null ? new PageState(context.Request.Query["q"].ToString(), [], [], 1, null) : PageState.From(request);
        SearchResult? result = null;
        var status = StatusCodes.Status400BadRequest;
        if (request is not null)
        {
            using var lease = manager.Lease();
            result = lease?.Searcher.Search(request);
            status = result is null ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        }
        var messages = problems.Select(problem => $"{problem.Parameter}: {problem.Rule}").ToList();
        if (!fragment)
            return Page(SearchPage.Render(state, result, messages), status);
        var html = new Html();
        SearchPage.Results(html, state, result, messages);
        return Page(html.ToString(), status);
    }

    private static IResult FiguresView(HttpContext context, IndexManager manager)
    {
        var (view, problems) = Pages.FiguresView.Parse(context.Request.Query);
        if (view is null)
            return Page(FiguresPage.Render(null, null, [], problems), StatusCodes.Status400BadRequest);
        using var lease = manager.Lease();
        if (lease is null)
            return Page(FiguresPage.Render(view, null, [], []), StatusCodes.Status503ServiceUnavailable);
        // Every figure, without sentences, for the years and the chart; the sentences only for the year the table shows.
        var index = lease.Searcher.Index;
        var all = FigureFinder.Find(index, new FigureRequest(), sentences: false);
        view = view with { Year = view.Year ?? all.Select(row => (int?)row.Figure.Year).Max() };
        var table = view.Year is { } year ? FigureFinder.Find(index, new FigureRequest(Years: [year])) : [];
        return Page(FiguresPage.Render(view, all, table, []), StatusCodes.Status200OK);
    }

    private static IResult ArticleView(string id, string? q, string? figure, IndexManager manager)
    {
        using var lease = manager.Lease();
        if (lease is null)
            return Page(SearchPage.Render(new PageState(q ?? "", [], [], 1, null), null, []), StatusCodes.Status503ServiceUnavailable);
        if (lease.Searcher.Index.DocOf(id) is not { } doc)
            return Page(SearchPage.Render(new PageState(q ?? "", [], [], 1, null), null, ["没有这篇文章（编号不存在）"]), StatusCodes.Status404NotFound);
        var marked = int.TryParse(figure, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : (int?)null;
        // The page marks sentences by where they stand in the body it shows: no second read of the body for their text.
        var figures = lease.Searcher.Index.FiguresOf(doc, sentences: false);
        return Page(ArticlePage.Render(lease.Searcher.Index.Article(doc), figures, q ?? "", marked, lease.Searcher), StatusCodes.Status200OK);
    }

    private static IResult Page(string html, int status) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);
}
