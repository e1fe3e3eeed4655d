using System.Text.Json;

namespace Search.Host.Tests.Api;

/// <summary>
/// Each hit and each article carries its citation: what is known of its printing, the title and the
/// service's link to it. The five pages name their paper but not their day or page (a page that does:
/// <see cref="Pages.ProvenancePageTests"/>).
/// </summary>
public sealed class CitationApiTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly RunningHost _host = fixture.Host;

    private const string Title = "崂山区：聚力做到“七个提质争先”";

    [Fact]
    public async Task A_hit_is_cited_by_what_is_known_of_its_printing_title_and_link()
    {
        var hit = await HitTitled(Title);
        var link = new Uri(_host.Client.BaseAddress!, "/articles/" + Uri.EscapeDataString(hit.GetProperty("id").GetString()!)).ToString();

        Assert.Equal($"《青岛晚报》：《{Title}》，{link}", hit.GetProperty("citation").GetString());
    }

    [Fact]
    public async Task An_article_is_cited_as_its_hit_is()
    {
        var hit = await HitTitled(Title);

        var article = await _host.JsonAsync("/api/articles/" + Uri.EscapeDataString(hit.GetProperty("id").GetString()!));

        Assert.Equal(hit.GetProperty("citation").GetString(), article.GetProperty("citation").GetString());
    }

    [Fact]
    public async Task Every_hit_has_a_citation_ending_in_its_link()
    {
        var hits = (await _host.JsonAsync("/api/search", ("size", "100"))).GetProperty("hits").EnumerateArray().ToList();

        Assert.NotEmpty(hits);
        Assert.All(hits, hit => Assert.EndsWith("/articles/" + Uri.EscapeDataString(hit.GetProperty("id").GetString()!), hit.GetProperty("citation").GetString()));
    }

    [Fact]
    public async Task The_pages_offer_the_citation_to_copy()
    {
        var hit = await HitTitled(Title);
        var citation = System.Net.WebUtility.HtmlEncode(hit.GetProperty("citation").GetString()!);

        var results = await (await _host.GetAsync("/", ("q", "七个提质争先"))).Content.ReadAsStringAsync();
        var article = await (await _host.GetAsync("/articles/" + Uri.EscapeDataString(hit.GetProperty("id").GetString()!))).Content.ReadAsStringAsync();

        foreach (var html in new[] { results, article })
        {
            Assert.Contains($"data-citation=\"{citation}\">复制引用</button>", html);
            Assert.Contains($"<p class=\"citation\">{citation}</p>", html);
        }
    }

    [Fact]
    public async Task With_a_public_address_configured_the_citations_link_to_it()
    {
        await using var host = await RunningHost.StartAsync("--Search:PublicUrl=https://search.example/reports/");
        await host.WaitForIndexAsync(TimeSpan.FromSeconds(60));

        var hit = (await host.JsonAsync("/api/search", ("q", "七个提质争先"))).GetProperty("hits")[0];

        Assert.EndsWith("，https://search.example/reports/articles/" + Uri.EscapeDataString(hit.GetProperty("id").GetString()!), hit.GetProperty("citation").GetString());
    }

    private async Task<JsonElement> HitTitled(string title) =>
        (await _host.JsonAsync("/api/search", ("q", "七个提质争先"), ("size", "100"))).GetProperty("hits").EnumerateArray()
            .Single(hit => hit.GetProperty("title").GetString() == title);
}
