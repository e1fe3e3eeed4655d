using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Search.Host.Tests.Pages;

/// <summary>
/// The home page's first words — what the corpus holds, read from the index, and queries to try — and
/// the help page on the query language, whose every example is a link that finds what it says.
/// </summary>
public sealed partial class HomeAndHelpPageTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly RunningHost _host = fixture.Host;

    private async Task<JsonElement> SearchAsync(string query) =>
        JsonDocument.Parse(await (await _host.GetAsync("/api/search", ("q", query), ("size", "100"))).Content.ReadAsStringAsync()).RootElement;

    private static string Text(string html) => System.Net.WebUtility.HtmlDecode(Tags().Replace(html, ""));

    [Fact]
    public async Task The_home_page_says_what_the_index_holds()
    {
        var html = await _host.Client.GetStringAsync("/");
        var everything = await SearchAsync("");
        var hits = everything.GetProperty("hits").EnumerateArray().ToList();
        var years = everything.GetProperty("facets").GetProperty("year").EnumerateArray().Select(year => year.GetProperty("value").GetInt32()).Order().ToList();
        var places = hits.SelectMany(hit => hit.GetProperty("places").EnumerateArray().Select(place => place.GetProperty("code").GetString())).Distinct().Count();
        var papers = hits.Select(hit => hit.GetProperty("paper").GetString()).OfType<string>().Distinct().ToList();

        var summary = Text(Regex.Match(html, "<p id=\"corpus-summary\">(.*?)</p>").Groups[1].Value);

        Assert.Equal(hits.Count, everything.GetProperty("total").GetInt32()); // every article is on the one page read here
        Assert.Contains($"共 {everything.GetProperty("total").GetInt32()} 篇文章", summary);
        Assert.Contains($"涉及 {places} 个地区", summary);
        Assert.Contains($"{years.Count} 个年份（{years[0]}–{years[^1]}年）", summary);
        Assert.Contains($"出自 {papers.Count} 份报纸：", summary);
        Assert.All(papers, paper => Assert.Contains(paper, summary));
    }

    [Fact]
    public async Task The_home_pages_examples_each_find_articles_and_it_links_the_help_page()
    {
        var html = await _host.Client.GetStringAsync("/");
        var intro = Regex.Match(html, "<section class=\"intro\".*?</section>").Value;
        var examples = Regex.Matches(Regex.Match(intro, "<p class=\"try\">(.*?)</p>").Groups[1].Value, "href=\"/\\?q=([^\"]+)\"")
            .Select(match => Uri.UnescapeDataString(System.Net.WebUtility.HtmlDecode(match.Groups[1].Value))).ToList();

        Assert.InRange(examples.Count, 3, 6);
        foreach (var query in examples)
            Assert.True((await SearchAsync(query)).GetProperty("total").GetInt32() > 0, query);
        Assert.Contains("<a href=\"/help\">", intro);
    }

    [Fact]
    public async Task A_search_or_a_filtered_view_has_no_introduction()
    {
        Assert.DoesNotContain("corpus-summary", await _host.Client.GetStringAsync("/?q=" + Uri.EscapeDataString("上合")));
        Assert.DoesNotContain("corpus-summary", await _host.Client.GetStringAsync("/?year=2024"));
    }

    [Fact]
    public async Task Every_example_of_the_help_page_is_a_link_finding_what_it_says()
    {
        var response = await _host.Client.GetAsync("/help");
        var html = await response.Content.ReadAsStringAsync();
        var rows = Regex.Matches(html, "<td><a href=\"/\\?q=([^\"]+)\"><code>.*?</code></a></td><td class=\"found\">(.*?)</td>").ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(13, rows.Count);
        foreach (var row in rows)
        {
            var query = Uri.UnescapeDataString(System.Net.WebUtility.HtmlDecode(row.Groups[1].Value));
            var total = (await SearchAsync(query)).GetProperty("total").GetInt32();
            // Over the repository's corpus each finds something; the page says how much, as the search does.
            Assert.True(total > 0, query);
            Assert.Equal($"{total} 篇", row.Groups[2].Value);
        }
        // Each form of the language the parser reads is shown.
        foreach (var form in new[] { "\"民生实事\"", " OR ", " -", "title:", "district:", "year:", "..", "laoshan", "營商環境" })
            Assert.Contains(form, System.Net.WebUtility.HtmlDecode(html));
    }

    [Fact]
    public async Task The_help_page_is_in_the_site_navigation()
    {
        foreach (var path in new[] { "/", "/help", "/figures", "/articles/000_13824d23c47df48b-1" })
            Assert.Contains("<a href=\"/help\">帮助</a>", await _host.Client.GetStringAsync(path));
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
