using Search.Corpus;
using Search.Tests;

namespace Search.Index.Tests.Overlap;

/// <summary>
/// Copies on the real pages: none among the five pages as they are; a page held twice makes each of
/// its articles a copy of its other printing, and nothing else; a copy deleted is nobody's copy.
/// </summary>
public sealed class ArticleCopiesTests
{
    private const string Page = "000_13824d23c47df48b.txt";

    private static readonly string[] Pages = [.. Directory.GetFiles(RepositoryRoot.Combine("corpus"), "*.txt").Select(Path.GetFileName).Order()!];

    [Fact]
    public void The_five_pages_hold_no_copies()
    {
        using var index = IndexOf(Pages);
        var view = index.Open();

        Assert.Equal(0, view.Copies.Groups);
        Assert.Null(view.Copies.GroupOf);
        Assert.All(Enumerable.Range(0, view.IndexReader.MaxDoc), doc => Assert.False(view.Copies.IsRepeat(doc)));
    }

    [Fact]
    public void A_page_held_twice_makes_each_article_a_copy_of_its_other_printing_only()
    {
        using var index = IndexOf([.. Pages, Page], copyName: "000_again.txt");
        var view = index.Open();
        var ids = Ids(view);

        Assert.Equal(3, view.Copies.Groups);
        for (var doc = 0; doc < view.IndexReader.MaxDoc; doc++)
        {
            var copies = view.Copies.Of(doc).Select(other => ids[other]).ToList();
            if (ids[doc].StartsWith("000_", StringComparison.Ordinal))
            {
                var other = Assert.Single(copies);
                Assert.NotEqual(ids[doc], other);
                Assert.Equal(ids[doc][^2..], other[^2..]); // the same article of the page: -1 with -1
            }
            else
            {
                Assert.Empty(copies);
            }
        }
        // One printing of each is the first, the other a repeat.
        Assert.Equal(3, Enumerable.Range(0, view.IndexReader.MaxDoc).Count(view.Copies.IsRepeat));
    }

    [Fact]
    public void A_reprint_set_differently_under_another_headline_is_a_copy()
    {
        var body = "2月5日，崂山区第十九届人民代表大会第三次会议隆重开幕。\n崂山区将聚力在以科技创新引领现代化产业体系建设上提质争先。";
        var reset = "2月5日 崂山区第十九届人民代表大会第三次会议隆重开幕\n崂山區將聚力在以科技創新引領現代化產業體系建設上提質爭先。";
        using var index = new TemporaryIndex();
        index.Add("a.txt", "a", TemporaryIndex.Article("a-1", "崂山区：提质争先", body, ["崂山区"], 2024));
        index.Add("b.txt", "b", TemporaryIndex.Article("b-1", "聚力提质争先", reset, ["崂山区"], 2024));
        index.Add("c.txt", "c", TemporaryIndex.Article("c-1", "崂山区：提质争先", body + "另一段不同的文字。", ["崂山区"], 2024));

        var view = index.Open();

        Assert.Equal(1, view.Copies.Groups);
        Assert.Equal(["b-1"], view.Copies.Of(view.DocOf("a-1")!.Value).Select(view.IdOf));
        Assert.Empty(view.Copies.Of(view.DocOf("c-1")!.Value));
    }

    [Fact]
    public void The_same_text_about_another_year_is_not_a_copy()
    {
        using var index = new TemporaryIndex();
        index.Add("a.txt", "a", TemporaryIndex.Article("a-1", body: "全区上下要坚定信心，真抓实干，奋力开创各项工作新局面。", places: ["崂山区"], year: 2024));
        index.Add("b.txt", "b", TemporaryIndex.Article("b-1", body: "全区上下要坚定信心，真抓实干，奋力开创各项工作新局面。", places: ["崂山区"], year: 2025));

        Assert.Equal(0, index.Open().Copies.Groups);
    }

    [Fact]
    public void A_deleted_copy_is_nobodys_copy()
    {
        using var index = IndexOf([Page], copyName: "000_again.txt");
        index.Delete("000_again.txt");

        var view = index.Open();

        Assert.Equal(0, view.Copies.Groups);
        Assert.All(Enumerable.Range(0, view.IndexReader.MaxDoc), doc => Assert.Empty(view.Copies.Of(doc)));
    }

    /// <summary>An index of the named corpus pages, each file added as it is; the last one a second time under <paramref name="copyName"/> when given.</summary>
    private static TemporaryIndex IndexOf(IReadOnlyList<string> pages, string? copyName = null)
    {
        var index = new TemporaryIndex();
        var corpus = RepositoryRoot.Combine("corpus");
        var reader = new CorpusReader(corpus);
        foreach (var page in pages.Distinct())
            index.Add(page, page, [.. reader.ReadFile(page, _ => { })]);
        if (copyName is not null)
        {
            var copy = Directory.CreateTempSubdirectory("copy-").FullName;
            File.Copy(Path.Combine(corpus, pages[^1]), Path.Combine(copy, copyName));
            index.Add(copyName, copyName, [.. new CorpusReader(copy).ReadFile(copyName, _ => { })]);
            Directory.Delete(copy, recursive: true);
        }
        return index;
    }

    private static Dictionary<int, string> Ids(ArticleIndex view) =>
        Enumerable.Range(0, view.IndexReader.MaxDoc).ToDictionary(doc => doc, view.IdOf);
}
