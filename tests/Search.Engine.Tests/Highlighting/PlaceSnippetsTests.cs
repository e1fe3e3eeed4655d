using System.Net;
using System.Text.RegularExpressions;
using Search.Corpus;
using Search.Rendering;

namespace Search.Engine.Tests.Highlighting;

/// <summary>
/// Each snippet says which place it speaks of, and a search filtered by places takes a roundup's
/// snippets from those places' paragraphs only: on the real 2023 roundup of Qingdao's ten districts.
/// </summary>
public sealed partial class PlaceSnippetsTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    private const string Roundup = "002_8a0fa821f8c73329-1";

    private readonly TestIndex _index = fixture.Index;

    private Article RoundupArticle => _index.Articles.Single(article => article.Id == Roundup);

    private static string Plain(string html) => WebUtility.HtmlDecode(Tags().Replace(html, "")).Trim('…');

    /// <summary>The article's own text of the named place's paragraphs, as snippets show it (paragraphs joined by a space).</summary>
    private string ParagraphsOf(string place) =>
        string.Join('\n', RoundupArticle.Sections.Where(section => section.Place.Name == place).Select(section => RoundupArticle.Body[section.Start..section.End]))
            .Replace('\n', ' ');

    [Fact]
    public void Filtered_by_laoshan_the_roundups_snippets_come_from_laoshans_paragraphs_never_jimos()
    {
        var hit = _index.Search("营商环境", places: ["崂山区"]).Hits.Single(found => found.Id == Roundup);

        Assert.NotEmpty(hit.Snippets);
        Assert.All(hit.Snippets, snippet =>
        {
            Assert.Equal("崂山区", snippet.Place?.Name);
            Assert.Contains(Plain(snippet.Html()), ParagraphsOf("崂山区"));
        });
        Assert.DoesNotContain(hit.Snippets, snippet => snippet.Html().Contains("营商环境", StringComparison.Ordinal));
    }

    [Fact]
    public void Unfiltered_the_roundups_match_is_shown_as_the_paragraph_of_the_district_it_is_in()
    {
        var hit = _index.Search("营商环境").Hits.Single(found => found.Id == Roundup);

        var snippet = Assert.Single(hit.Snippets, snippet => snippet.Html().Contains("<mark>营商环境</mark>", StringComparison.Ordinal));
        Assert.Equal("即墨区", snippet.Place?.Name);
        Assert.Contains(Plain(snippet.Html()), ParagraphsOf("即墨区"));
    }

    [Fact]
    public void A_filtered_match_inside_the_places_paragraphs_is_highlighted_there()
    {
        var hit = _index.Search("突破", places: ["崂山区"]).Hits.Single(found => found.Id == Roundup);

        Assert.Contains(hit.Snippets, snippet => snippet.Html().Contains("<mark>突破</mark>", StringComparison.Ordinal));
        Assert.All(hit.Snippets, snippet => Assert.Contains(Plain(snippet.Html()), ParagraphsOf("崂山区")));
    }

    [Fact]
    public void Filtered_by_the_city_above_every_district_the_roundup_shows_what_it_shows_unfiltered()
    {
        var unfiltered = _index.Search("营商环境").Hits.Single(found => found.Id == Roundup);
        var city = _index.Search("营商环境", places: ["青岛市"]).Hits.Single(found => found.Id == Roundup);

        Assert.Equal(unfiltered.Snippets, city.Snippets);
    }

    [Fact]
    public void An_article_about_one_place_names_that_place_on_every_snippet()
    {
        var hits = _index.Search("民生").Hits.Where(hit => hit.Places.Count == 1).ToList();

        Assert.NotEmpty(hits);
        Assert.All(hits, hit => Assert.All(hit.Snippets, snippet => Assert.Equal(hit.Places[0], snippet.Place)));
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
