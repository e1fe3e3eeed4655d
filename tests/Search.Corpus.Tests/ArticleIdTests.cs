namespace Search.Corpus.Tests;

public sealed class ArticleIdTests
{
    [Theory]
    [InlineData("000_13824d23c47df48b.txt", 2, "000_13824d23c47df48b-2")]
    [InlineData("page.md", 1, "page-1")]
    [InlineData("y2024/page1.txt", 1, "y2024~page1-1")]
    [InlineData("y2023/page1.txt", 1, "y2023~page1-1")]
    [InlineData("a/b/c.jsonl", 12, "a~b~c-12")]
    public void A_top_level_file_keeps_its_id_and_a_file_in_a_folder_carries_the_folders(string file, int ordinal, string id)
    {
        Assert.Equal(id, ArticleId.For(file, ordinal));
    }

    [Fact]
    public void Chinese_names_get_a_hash_of_the_whole_name_so_two_never_meet()
    {
        var first = ArticleId.Slug("2024年/崂山区.txt");
        var second = ArticleId.Slug("2024年/莱西市.txt");

        Assert.NotEqual(first, second);
        Assert.Matches("^2024_[0-9a-f]{10}~[0-9a-f]{10}$", first);
    }

    [Fact]
    public void A_folder_id_cannot_be_a_top_level_id_or_an_id_a_bulk_record_gives()
    {
        // A top-level file named like a folder's path, and an explicit id, are spelled without '~'.
        Assert.NotEqual(ArticleId.For("y2024_page1.txt", 1), ArticleId.For("y2024/page1.txt", 1));
        Assert.Contains(ArticleId.FolderSeparator, ArticleId.For("y2024/page1.txt", 1));
    }
}
