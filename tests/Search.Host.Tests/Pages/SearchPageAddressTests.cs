using System.Net;
using System.Text.RegularExpressions;

namespace Search.Host.Tests.Pages;

/// <summary>
/// The search page's address is the view: every link keeps what the reader chose (page size, filters,
/// order), an article opened from a search leads back to that very search, a page past the last says
/// where the hits are, and a bad address is explained in the page's language.
/// </summary>
public sealed class SearchPageAddressTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly RunningHost _host = fixture.Host;

    private static List<string> Links(string html, string pattern) =>
        [.. Regex.Matches(html, "href=\"(" + pattern + "[^\"]*)\"").Select(match => WebUtility.HtmlDecode(match.Groups[1].Value))];

    [Fact]
    public async Task Pages_sort_and_facet_links_keep_the_page_size()
    {
        var html = await _host.Client.GetStringAsync("/?q=" + Uri.EscapeDataString("民生") + "&size=2&page=2");

        var pages = Links(html, "/\\?q=");
        Assert.Contains(pages, link => link.Contains("page=3", StringComparison.Ordinal));
        Assert.All(pages, link => Assert.Contains("size=2", link, StringComparison.Ordinal));
        Assert.Contains("name=\"size\" value=\"2\"", html);
    }

    [Fact]
    public async Task A_page_past_the_last_says_how_many_pages_there_are_and_links_the_first_and_last()
    {
        var total = (await _host.JsonAsync("/api/search", ("q", "民生"), ("size", "2"))).GetProperty("total").GetInt32();

        var html = await _host.Client.GetStringAsync("/?q=" + Uri.EscapeDataString("民生") + "&size=2&page=1000");

        Assert.Contains($"第 1000 页没有结果：这些条件下共 {total} 篇，分 {(total + 1) / 2} 页。", WebUtility.HtmlDecode(html));
        Assert.DoesNotContain("没有找到", html);
        Assert.Contains(Links(html, "/\\?q="), link => link.Contains($"page={(total + 1) / 2}&size=2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_article_opened_from_a_filtered_sorted_search_leads_back_to_it()
    {
        var search = "/?q=" + Uri.EscapeDataString("营商环境") + "&district=" + Uri.EscapeDataString("崂山区") + "&sort=date";
        var html = await _host.Client.GetStringAsync(search);

        var article = Links(html, "/articles/").First();
        var back = Regex.Match(await _host.Client.GetStringAsync(article), "<p class=\"back\"><a href=\"([^\"]*)\">← 返回搜索结果</a>").Groups[1].Value;

        Assert.Equal(Uri.UnescapeDataString(search), Uri.UnescapeDataString(WebUtility.HtmlDecode(back)));
    }

    [Fact]
    public async Task An_article_opened_from_a_filtered_list_returns_to_it_and_its_search_box_starts_a_new_search()
    {
        var html = await _host.Client.GetStringAsync("/?district=" + Uri.EscapeDataString("崂山区"));

        var article = await _host.Client.GetStringAsync(Links(html, "/articles/").First());

        Assert.Contains("← 返回搜索结果</a>", article);
        Assert.DoesNotContain("name=\"district\"", Regex.Match(article, "<form class=\"search\".*?</form>").Value);
    }

    [Theory]
    [InlineData("", "时间")]
    [InlineData("-year:2024", "时间")]
    [InlineData("district:崂山", "时间")]
    [InlineData("民生", "相关度")]
    public async Task The_sort_control_marks_the_order_the_hits_are_in(string query, string current)
    {
        var html = await _host.Client.GetStringAsync("/?q=" + Uri.EscapeDataString(query));

        Assert.Contains($"<span class=\"current\" aria-current=\"true\">{current}</span>", Regex.Match(html, "<nav class=\"sort\".*?</nav>").Value);
    }

    [Theory]
    [InlineData("/?page=abc", "页码（page）：“abc”不是不小于1的整数")]
    [InlineData("/?q=x&size=500", "每页条数（size）：“500”不是1至100的整数")]
    [InlineData("/?sort=newest", "排序（sort）：“newest”不是可选值")]
    public async Task A_bad_address_is_explained_in_chinese(string address, string explanation)
    {
        var response = await _host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, address) { Headers = { { "Accept", "text/html" } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(explanation, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}
