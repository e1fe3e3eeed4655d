using Search.Analysis;

namespace Search.Index.Tests;

public sealed class IndexStoreTests
{
    [Fact]
    public void A_new_index_replaces_a_commit_too_damaged_to_read_and_the_old_engines_file()
    {
        using var index = new TemporaryIndex();
        index.Add("a.txt", "ha", TemporaryIndex.Article("a-1"));
        var segments = Directory.GetFiles(index.Folder, "segments_*").Single();
        File.WriteAllBytes(segments, [1, 2, 3]);
        File.WriteAllText(Path.Combine(index.Folder, "index.sqlite"), "formats 1-5");
        File.WriteAllText(Path.Combine(index.Folder, "README.md"), "not ours to delete");

        using (var writer = IndexStore.Writer(index.Directory, WordAnalyzer.Default, create: true))
        {
            writer.AddDocument(ArticleDocument.Create(TemporaryIndex.Article("b-1"), "b.txt", "hb", 0));
            writer.Commit();
        }

        using var reader = index.Open().IndexReader;
        Assert.Equal(["b-1"], new ArticleIndex(reader).Articles().Select(article => article.Id));
        Assert.False(File.Exists(Path.Combine(index.Folder, "index.sqlite")));
        Assert.True(File.Exists(Path.Combine(index.Folder, "README.md")));
    }

    [Fact]
    public void A_folder_without_a_commit_holds_no_index()
    {
        using var index = new TemporaryIndex();

        Assert.False(IndexStore.Exists(index.Directory));
        Assert.Null(IndexStore.LatestMetadata(index.Directory));
    }
}
