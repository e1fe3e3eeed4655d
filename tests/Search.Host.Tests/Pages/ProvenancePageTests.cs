using System.Text.Json;

namespace Search.Host.Tests.Pages;

/// <summary>
/// An article is cited as it was printed: a page whose masthead gives its paper, day and page (and a
/// sidecar that corrects the day) shows <c>青岛晚报 · 2024年2月6日 · 第3版</c> in its results and on its
/// own page, with the session's date labelled as the session's; the API gives the same fields. (The
/// masthead printed the day before's date by mistake; the sidecar is what the archive says.)
/// </summary>
public sealed class ProvenancePageTests() : PagesHost(("page.txt", Page), ("page.meta.json", """{ "published": "2024-02-06" }"""))
{
    private const string Page = """
        青岛晚报

        2024年2月5日 星期一

        第3版 区市两会

        崂山区：聚力做到“七个提质争先”

        2月5日，在青岛市崂山区第十九届人民代表大会第三次会议上，区长作政府工作报告。2024年，崂山区将提质争先。

        观海新闻/青岛晚报/掌上青岛 记者 张译心
        """;

    [Fact]
    public async Task The_results_and_the_article_cite_paper_day_and_page_and_label_the_session()
    {
        var results = await Host.Client.GetStringAsync("/?q=" + Uri.EscapeDataString("提质争先"));
        var article = await Host.Client.GetStringAsync("/articles/page-1");

        foreach (var html in new[] { results, article })
        {
            Assert.Contains("<span class=\"printed\">青岛晚报 · 2024年2月6日 · 第3版</span>", html);
            Assert.Contains("<span class=\"session\">会议日期 <time datetime=\"2024-02-05\">2024年2月5日</time></span>", html);
        }
    }

    [Fact]
    public async Task The_api_gives_paper_published_and_edition_beside_the_file()
    {
        var hit = JsonDocument.Parse(await Host.Client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("提质争先"))).RootElement.GetProperty("hits")[0];

        Assert.Equal(("青岛晚报", "2024-02-06", "3", "2024-02-05", "page.txt"),
            (hit.GetProperty("paper").GetString(), hit.GetProperty("published").GetString(), hit.GetProperty("edition").GetString(),
             hit.GetProperty("date").GetString(), hit.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task Results_and_article_cite_it_in_the_papers_form_with_the_services_link()
    {
        var citation = $"《青岛晚报》2024年2月6日第3版：《崂山区：聚力做到“七个提质争先”》，{new Uri(Host.Client.BaseAddress!, "/articles/page-1")}";
        var hit = JsonDocument.Parse(await Host.Client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("提质争先"))).RootElement.GetProperty("hits")[0];
        var article = JsonDocument.Parse(await Host.Client.GetStringAsync("/api/articles/page-1")).RootElement;

        Assert.Equal(citation, hit.GetProperty("citation").GetString());
        Assert.Equal(citation, article.GetProperty("citation").GetString());
        foreach (var page in new[] { "/?q=" + Uri.EscapeDataString("提质争先"), "/articles/page-1" })
            Assert.Contains($"<p class=\"citation\">{System.Net.WebUtility.HtmlEncode(citation)}</p>", await Host.Client.GetStringAsync(page));
    }
}
