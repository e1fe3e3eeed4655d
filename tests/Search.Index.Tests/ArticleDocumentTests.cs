using Search.Corpus;
using Search.Tests;

namespace Search.Index.Tests;

public sealed class ArticleDocumentTests
{
    [Fact]
    public void An_article_comes_back_from_its_stored_fields_as_it_went_in()
    {
        var article = new Article("p-1", "崂山区：提质争先", "副标题", Named.Places("市南区", "崂山区"), 2024, new DateOnly(2024, 1, 8),
            "记者 张三", ["图为会场", "图为代表"], "page.txt", "第一段。\n第二段。")
        {
            Sections = [new(0, 4, Named.Place("市南区")), new(5, 9, Named.Place("崂山区"))],
            Provenance = new Provenance("青岛晚报", new DateOnly(2024, 2, 6), "A03"),
        };
        using var index = new TemporaryIndex();
        index.Add("page.txt", "h1", article);

        using var reader = index.Open().IndexReader;
        var stored = new ArticleIndex(reader).Article(0);

        Assert.Equal(article with { Places = [], Captions = [], Sections = [] }, stored with { Places = [], Captions = [], Sections = [] });
        Assert.Equal(article.Places, stored.Places);
        Assert.Equal(article.Sections, stored.Sections);
        Assert.Equal(article.Captions, stored.Captions);
    }

    [Fact]
    public void Missing_values_stay_missing()
    {
        var article = TemporaryIndex.Article("p-2");
        using var index = new TemporaryIndex();
        index.Add("page.txt", "h1", article);

        using var reader = index.Open().IndexReader;
        var stored = new ArticleIndex(reader).Article(0);

        Assert.Null(stored.Subtitle);
        Assert.Null(stored.Year);
        Assert.Null(stored.Date);
        Assert.Null(stored.Byline);
        Assert.Empty(stored.Places);
        Assert.Empty(stored.Sections);
        Assert.Equal(Provenance.Unknown, stored.Provenance);
        Assert.Empty(stored.Captions);
    }

    [Fact]
    public void Each_field_is_indexed_by_its_representations_chain()
    {
        using var index = new TemporaryIndex();
        index.Add("page.txt", "h1", TemporaryIndex.Article("p-3", title: "上合示范区", body: "增长6.5%"));
        var view = index.Open();

        string Terms(ArticlePart part, Representation representation) =>
            string.Join(' ', view.TermsStartingWith(ArticleFields.Name(part, representation), "", 100).Select(term => term.Term));

        Assert.Equal("上合示范区", Terms(ArticlePart.Title, Representation.Words));
        Assert.Equal("上 区 合 示 范", Terms(ArticlePart.Title, Representation.Characters));
        Assert.Equal("上合 合示 示范 范区", Terms(ArticlePart.Title, Representation.Bigrams));
        Assert.Equal("5 6 6.5% 上合示范区 增长", Terms(ArticlePart.All, Representation.Words));
        view.IndexReader.Dispose();
    }

    [Fact]
    public void No_phrase_of_the_whole_article_runs_from_the_end_of_its_title_into_its_body()
    {
        using var index = new TemporaryIndex();
        index.Add("page.txt", "h1", TemporaryIndex.Article("p-4", title: "上合", body: "示范区建设"));
        var view = index.Open();
        var field = ArticleFields.Name(ArticlePart.All, Representation.Bigrams);
        var across = new Lucene.Net.Search.PhraseQuery();
        across.Add(new Lucene.Net.Index.Term(field, "上合"), 0);
        across.Add(new Lucene.Net.Index.Term(field, "示范"), 2);
        var within = new Lucene.Net.Search.PhraseQuery();
        within.Add(new Lucene.Net.Index.Term(field, "示范"), 0);
        within.Add(new Lucene.Net.Index.Term(field, "区建"), 2);

        Assert.Equal(0, view.Search(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(field, "合示")), 1).TotalHits);
        Assert.Equal(0, view.Search(across, 1).TotalHits);
        Assert.Equal(1, view.Search(within, 1).TotalHits);
        view.IndexReader.Dispose();
    }
}
