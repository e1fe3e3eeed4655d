namespace Search.Host.Pages;

/// <summary>
/// An error as a page in the site's layout, for a browser: what went wrong in words, and the ways on
/// (the home page, the help page). It reads nothing but its arguments — no index, no request — so
/// it cannot fail for the reason the request did.
/// </summary>
internal static class ErrorPage
{
    /// <param name="heading">What went wrong, when the caller can say it better than the status does.</param>
    /// <param name="message">What it means for the reader, likewise.</param>
    public static string Render(int status, string? heading = null, string? message = null)
    {
        var (standardHeading, standardMessage) = Wording(status);
        heading ??= standardHeading;
        var html = new Html();
        Layout.Head(html, $"{heading} · {SearchPage.Brand}");
        Layout.Masthead(html, new PageState("", [], [], 1, null));
        html.Raw("<main class=\"doc error-page\"><h1>").Text(heading).Raw("</h1><p>").Text(message ?? standardMessage).Raw("</p>")
            .Raw("<p class=\"status\">HTTP ").Text(status.ToString(System.Globalization.CultureInfo.InvariantCulture)).Raw("</p>")
            .Raw("<ul class=\"ways-on\"><li><a href=\"/\">返回首页</a></li><li><a href=\"/help\">检索帮助</a></li></ul></main>");
        return Layout.End(html);
    }

    /// <summary>
    /// The page when even <see cref="Render"/> failed: fixed text, still the site's stylesheet, so an
    /// error is never answered by an error of its own.
    /// </summary>
    public const string Fallback =
        "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>出错了 · " + SearchPage.Brand + "</title>" +
        "<link rel=\"stylesheet\" href=\"/app.css\"></head><body><main class=\"doc error-page\"><h1>出错了</h1>" +
        "<p>无法完成这个请求，请稍后再试。</p><p><a href=\"/\">返回首页</a></p></main></body></html>";

    private static (string Heading, string Message) Wording(int status) => status switch
    {
        400 => ("请求有误", "地址中的参数无法识别，请检查链接，或从首页重新检索。"),
        404 => ("找不到这个页面", "这个地址没有页面：链接可能有误，或页面已不存在。"),
        405 => ("不支持这种请求", "这个地址只能用浏览器打开（GET）。"),
        413 => ("请求过大", "请求的内容超出了允许的大小。"),
        429 => ("请求太频繁", "请稍候几秒再试。"),
        503 => ("暂时无法服务", "索引正在建立，请稍候刷新。"),
        >= 500 => ("服务出错了", "处理这个请求时出了错，请稍后再试。"),
        _ => ("无法完成请求", "请检查链接，或从首页重新检索。"),
    };
}
