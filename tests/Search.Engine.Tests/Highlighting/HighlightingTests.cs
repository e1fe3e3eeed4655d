using Search.Rendering;

namespace Search.Engine.Tests.Highlighting;

public sealed class HighlightingTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    private readonly TestIndex _index = fixture.Index;

    [Theory]
    [InlineData("上合")]
    [InlineData("提质")]
    [InlineData("港")]
    [InlineData("6.5%")]
    [InlineData("义务教育")]
    [InlineData("ＱＦＬＰ")]
    public void Every_hit_of_a_single_term_query_shows_a_mark_covering_the_term(string query)
    {
        var hits = _index.Search(query).Hits.Where(hit => hit.Exact).ToList();

        Assert.NotEmpty(hits);
        Assert.All(hits, hit => Assert.Contains("<mark>", hit.TitleHtml() + string.Concat(hit.Snippets.Select(snippet => snippet.Html()))));
    }

    [Fact]
    public void Marks_are_ranges_of_the_shown_text_over_what_was_searched_for()
    {
        var hits = _index.Search("营商环境").Hits;

        Assert.NotEmpty(hits);
        foreach (var hit in hits)
        {
            Assert.All(hit.TitleMarks, mark => Assert.Equal("营商环境", hit.Title[mark.Start..mark.End]));
            Assert.All(hit.Snippets.SelectMany(snippet => snippet.Marks.Select(mark => snippet.Text[mark.Start..mark.End])), marked => Assert.Equal("营商环境", marked));
            Assert.All(hit.Snippets, snippet => Assert.DoesNotContain('\n', snippet.Text));
        }
    }

    [Fact]
    public void A_string_found_whole_is_one_mark_not_one_per_word()
    {
        var snippets = string.Concat(_index.Search("义务教育").Hits.SelectMany(hit => hit.Snippets.Select(snippet => snippet.Html())));

        Assert.Contains("<mark>义务教育</mark>", snippets);
        Assert.DoesNotContain("<mark>义务</mark>", snippets);
    }

    [Fact]
    public void Snippets_are_at_most_three_of_about_120_characters_and_do_not_overlap()
    {
        foreach (var hit in _index.Search("发展").Hits)
        {
            Assert.InRange(hit.Snippets.Count, 1, 3);
            Assert.All(hit.Snippets.Select(snippet => snippet.Html()), snippet => Assert.True(Plain(snippet).Length <= 200, snippet));
            Assert.Equal(hit.Snippets.Count, hit.Snippets.Select(snippet => snippet.Html()).Distinct().Count());
        }
    }

    [Fact]
    public void A_multi_term_query_shows_snippets_covering_different_terms()
    {
        var hit = _index.Search("崂山 提质").Hits[0];
        var text = string.Concat(hit.Snippets.Select(snippet => snippet.Html()));

        Assert.Contains("<mark>崂山", text);
        Assert.Contains("提质", text);
    }

    [Fact]
    public void The_title_is_highlighted_too()
    {
        var hit = _index.Search("平度").Hits.First(h => h.Title.StartsWith("平度市", StringComparison.Ordinal));

        Assert.StartsWith("<mark>平度</mark>", hit.TitleHtml());
    }

    [Fact]
    public void Article_text_is_escaped_so_no_markup_reaches_a_snippet()
    {
        using var index = TestIndex.Of(("page.txt",
            "崂山区：警惕<script>alert(1)</script>注入\n\n2月5日，崂山区人民代表大会开幕。<img src=x onerror=alert(2)>“引号”&amp;'单引号'，2024年崂山区将坚持发展。"));

        var hit = Assert.Single(index.Search("alert").Hits);
        var html = hit.TitleHtml() + string.Concat(hit.Snippets.Select(snippet => snippet.Html()));

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;", hit.TitleHtml());
        Assert.Contains("&lt;img src=x onerror=<mark>alert</mark>(2)&gt;", html);
        Assert.Contains("&amp;amp;&#39;", html);
    }

    [Fact]
    public void A_hit_without_marks_in_its_body_still_gets_its_opening_as_a_snippet()
    {
        foreach (var hit in _index.Search("").Hits)
        {
            var body = Index.IndexedText.Body(_index.Articles.Single(article => article.Id == hit.Id));

            var snippet = Assert.Single(hit.Snippets.Select(snippet => snippet.Html()));
            Assert.StartsWith(body[..10].Replace('\n', ' '), snippet);
            Assert.DoesNotContain("<mark>", snippet);
        }
    }

    private static string Plain(string html) => html.Replace("<mark>", "").Replace("</mark>", "");
}
