namespace Search.Index.Tests;

public sealed class ArticleIndexTests : IDisposable
{
    private readonly TemporaryIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public void A_doc_is_found_by_its_article_id_and_a_deleted_one_is_not()
    {
        _index.Add("a.txt", "ha", TemporaryIndex.Article("a-1"), TemporaryIndex.Article("a-2"));
        _index.Add("b.txt", "hb", TemporaryIndex.Article("b-1"));
        _index.Delete("a.txt");

        using var reader = _index.Open().IndexReader;
        var view = new ArticleIndex(reader);

        Assert.Null(view.DocOf("a-1"));
        Assert.Equal("b-1", view.Article(view.DocOf("b-1")!.Value).Id);
        Assert.Equal("b.txt", view.FileOf(view.DocOf("b-1")!.Value));
        Assert.Equal(1, view.Count);
        Assert.Equal(["b-1"], view.Articles().Select(article => article.Id));
    }

    [Fact]
    public void A_value_kept_per_view_is_made_once_for_a_view_and_again_for_another()
    {
        _index.Add("a.txt", "ha", TemporaryIndex.Article("a-1"));
        var made = 0;
        var slot = new PerView<object>(_ => new { Made = ++made });

        using var reader = _index.Open().IndexReader;
        var (view, other) = (new ArticleIndex(reader), new ArticleIndex(reader));

        Assert.Same(slot.Of(view), slot.Of(view));
        Assert.NotSame(slot.Of(view), slot.Of(other));
        Assert.Equal(2, made);
    }

    [Fact]
    public void Papers_are_those_of_the_live_articles_most_articles_first_and_an_unknown_paper_is_none()
    {
        static Corpus.Article PrintedIn(string id, string? paper) =>
            TemporaryIndex.Article(id) with { Provenance = new Corpus.Provenance(paper, null, null) };
        _index.Add("a.txt", "ha", PrintedIn("a-1", "青岛日报"), PrintedIn("a-2", "青岛晚报"), PrintedIn("a-3", "青岛晚报"), PrintedIn("a-4", null));
        _index.Add("b.txt", "hb", PrintedIn("b-1", "大众日报"));
        _index.Delete("b.txt");

        using var reader = _index.Open().IndexReader;

        Assert.Equal(["青岛晚报", "青岛日报"], new ArticleIndex(reader).Papers);
    }

    [Fact]
    public void File_versions_say_which_hash_each_files_live_articles_were_read_at_and_how_many()
    {
        _index.Add("a.txt", "ha", TemporaryIndex.Article("a-1"), TemporaryIndex.Article("a-2"));
        _index.Add("b.txt", "hb", TemporaryIndex.Article("b-1"));
        _index.Add("c.txt", "hc", TemporaryIndex.Article("c-1"));
        _index.Delete("c.txt");

        using var reader = _index.Open().IndexReader;
        var view = new ArticleIndex(reader);
        var versions = view.FileVersions();

        Assert.Equal(new Dictionary<string, FileVersion> { ["a.txt"] = new("ha", 2), ["b.txt"] = new("hb", 1) }, versions);
        // One file's version, read by its term, says the same; a deleted or unknown file has none.
        Assert.All(versions, pair => Assert.Equal(pair.Value, view.FileVersionOf(pair.Key)));
        Assert.Null(view.FileVersionOf("c.txt"));
        Assert.Null(view.FileVersionOf("never.txt"));
    }

    [Fact]
    public void Titles_and_terms_by_prefix_come_from_the_live_index()
    {
        _index.Add("a.txt", "ha", TemporaryIndex.Article("a-1", title: "崂山区提质争先", body: "崂山区 崂山 平度"), TemporaryIndex.Article("a-2", title: "平度市"));

        using var reader = _index.Open().IndexReader;
        var view = new ArticleIndex(reader);

        Assert.Equal(["崂山区提质争先", "平度市"], view.Titles());
        Assert.Equal([("崂山", 1), ("崂山区", 1)], view.TermsStartingWith(ArticleFields.Name(ArticlePart.All, Representation.Words), "崂", 10));
        Assert.Equal([("崂山", 1)], view.TermsStartingWith(ArticleFields.Name(ArticlePart.All, Representation.Words), "崂", 1));
        Assert.Empty(view.TermsStartingWith(ArticleFields.Name(ArticlePart.All, Representation.Words), "青", 10));
    }

    [Fact]
    public void The_view_knows_its_year_range_and_the_last_arrival_order()
    {
        _index.Add("a.txt", "ha", TemporaryIndex.Article("a-1", year: 2023), TemporaryIndex.Article("a-2", year: 2025), TemporaryIndex.Article("a-3"));

        using var reader = _index.Open().IndexReader;
        var view = new ArticleIndex(reader);

        Assert.Equal((2023, 2025), (view.FirstYear, view.LastYear));
        Assert.Equal(2, view.LastOrder);
    }

    [Fact]
    public void Its_metadata_is_the_commits_user_data()
    {
        var note = new FileNote("bad.jsonl", "hash", 1, [new Corpus.CorpusWarning("bad.jsonl", "line 2", "skipped: not valid JSON")], MoreWarnings: 3);
        var written = new IndexMetadata(IndexMetadata.CurrentFormatVersion, "sig", "corpus", DateTimeOffset.UnixEpoch) { Notes = [note] };
        using (var writer = IndexStore.Writer(_index.Directory, Analysis.WordAnalyzer.Default, create: true))
        {
            writer.SetCommitData(written.ToUserData());
            writer.Commit();
        }

        using var reader = _index.Open().IndexReader;

        Assert.Equivalent(written, new ArticleIndex(reader).Metadata, strict: true);
        Assert.Equivalent(written, IndexStore.LatestMetadata(_index.Directory), strict: true);
    }
}
