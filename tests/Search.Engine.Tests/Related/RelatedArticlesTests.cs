using Search.Index;
using Search.Tests;

namespace Search.Engine.Tests.Related;

/// <summary>
/// Related articles on the real pages: an article's nearest neighbours are reports on the same
/// subjects — the other write-up of the same session, the same district in another year — never
/// itself, a reprint of itself, or what every report says.
/// </summary>
public sealed class RelatedArticlesTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    private readonly TestIndex _index = fixture.Index;

    /// <summary>Each article and the one a reader of both would name as most like it.</summary>
    public static TheoryData<string, string> FirstNeighbours => new()
    {
        // 崂山区's 2024 session, written up by two newspapers.
        { "000_13824d23c47df48b-1", "001_01de4e52b08519b1-1" },
        { "001_01de4e52b08519b1-1", "000_13824d23c47df48b-1" },
        // 平度市's 2024 report and its 2025 livelihood projects.
        { "000_13824d23c47df48b-2", "003_3f2e752e9eca7191-2" },
        // 胶州市's 2023 and 2025 reports: the 上合 zone, the Belt and Road.
        { "004_3039b4f5f4914328-2", "003_3f2e752e9eca7191-1" },
        { "003_3f2e752e9eca7191-1", "004_3039b4f5f4914328-2" },
        // 城阳区's 2023 report and the 2023 round-up, whose 城阳 paragraph tells the same start of the year.
        { "004_3039b4f5f4914328-1", "002_8a0fa821f8c73329-1" },
    };

    [Theory]
    [MemberData(nameof(FirstNeighbours))]
    public void An_articles_first_neighbour_is_the_report_on_the_same_subjects(string id, string expected) =>
        Assert.Equal(expected, _index.Searcher.Related(id, 5)![0].Id);

    [Fact]
    public void Never_lists_the_article_itself_and_gives_at_most_the_size_asked_for()
    {
        foreach (var article in _index.Articles)
        {
            var related = _index.Searcher.Related(article.Id, 3)!;
            Assert.InRange(related.Count, 1, 3);
            Assert.DoesNotContain(related, other => other.Id == article.Id);
            Assert.Equal(related.OrderByDescending(other => other.Score).Select(other => other.Id), related.Select(other => other.Id));
        }
    }

    [Fact]
    public void The_shared_words_are_in_both_articles_and_none_is_what_most_articles_say()
    {
        var reader = _index.Searcher.Index.IndexReader;
        var texts = _index.Articles.ToDictionary(article => article.Id, article => IndexedText.Title(article) + IndexedText.Body(article));
        foreach (var article in _index.Articles)
        {
            foreach (var other in _index.Searcher.Related(article.Id, 5)!)
            {
                Assert.NotEmpty(other.SharedWords);
                Assert.All(other.SharedWords, word =>
                {
                    Assert.Contains(word, texts[article.Id]);
                    Assert.Contains(word, texts[other.Id]);
                    var articles = reader.DocFreq(new Lucene.Net.Index.Term(ArticleFields.Name(ArticlePart.All, Representation.Words), word));
                    Assert.True(articles <= reader.NumDocs / 2, $"{word} is a word of {articles} of {reader.NumDocs} articles");
                    Assert.DoesNotContain(word, c => char.IsAsciiDigit(c));
                });
            }
        }
    }

    [Fact]
    public void An_article_printed_twice_is_not_its_own_relative()
    {
        var page = File.ReadAllText(RepositoryRoot.Combine("corpus", "000_13824d23c47df48b.txt"));
        var other = File.ReadAllText(RepositoryRoot.Combine("corpus", "003_3f2e752e9eca7191.txt"));
        using var index = TestIndex.Of(("a.txt", page), ("reprint.txt", page), ("b.txt", other));

        var first = index.Articles.First(article => article.Source == "a.txt");
        var related = index.Searcher.Related(first.Id, 10)!;

        Assert.DoesNotContain(related, relative => relative.Title == first.Title);
        Assert.NotEmpty(related);
    }

    [Fact]
    public void An_unknown_article_has_no_relatives() => Assert.Null(_index.Searcher.Related("no-such-article", 5));
}
