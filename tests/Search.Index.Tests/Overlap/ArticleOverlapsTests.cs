using Search.Corpus;
using Search.Index.Overlap;
using Search.Tests;

namespace Search.Index.Tests.Overlap;

/// <summary>
/// Copies and coverage on the real pages: the two newspapers' write-ups of 崂山区's 2024 session are
/// coverage of one session and no other pair of articles is; a page held twice makes each of its
/// articles a copy of the other printing, and nothing else.
/// </summary>
public sealed class ArticleOverlapsTests
{
    private const string LaoshanDaily = "000_13824d23c47df48b-1";
    private const string LaoshanOther = "001_01de4e52b08519b1-1";

    private static readonly string[] Pages = [.. Directory.GetFiles(RepositoryRoot.Combine("corpus"), "*.txt").Select(Path.GetFileName).Order()!];

    [Fact]
    public void The_two_write_ups_of_laoshans_2024_session_are_coverage_of_one_session_and_no_other_pair_is()
    {
        using var index = IndexOf(Pages);
        var view = index.Open();
        var ids = Ids(view);

        var links = Enumerable.Range(0, view.IndexReader.MaxDoc)
            .SelectMany(doc => view.Overlaps.CoverageOf(doc).Select(other => (ids[doc], ids[other.Doc])))
            .ToList();

        Assert.Equal([(LaoshanDaily, LaoshanOther), (LaoshanOther, LaoshanDaily)], links.Order());
        var shared = view.Overlaps.CoverageOf(view.DocOf(LaoshanDaily)!.Value).Single().Shared;
        Assert.InRange(shared, ArticleOverlaps.CoverageShare, 0.7);
        Assert.Equal(0, view.Overlaps.CopyGroups);
        Assert.Null(view.Overlaps.GroupOf);
    }

    [Fact]
    public void A_page_held_twice_makes_each_article_a_copy_of_its_other_printing_only()
    {
        var page = "000_13824d23c47df48b.txt";
        using var index = IndexOf([.. Pages, page], copyName: "000_again.txt");
        var view = index.Open();
        var ids = Ids(view);

        Assert.Equal(3, view.Overlaps.CopyGroups);
        for (var doc = 0; doc < view.IndexReader.MaxDoc; doc++)
        {
            var copies = view.Overlaps.CopiesOf(doc).Select(other => ids[other]).ToList();
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
        // Coverage is between write-ups, not printings: 001's article names the first printing once.
        var coverage = view.Overlaps.CoverageOf(view.DocOf(LaoshanOther)!.Value).Select(other => ids[other.Doc]);
        Assert.Equal([LaoshanDaily], coverage);
    }

    [Fact]
    public void A_deleted_article_is_nobodys_copy()
    {
        var page = "000_13824d23c47df48b.txt";
        using var index = IndexOf([page], copyName: "000_again.txt");
        index.Delete("000_again.txt");

        var view = index.Open();

        Assert.Equal(0, view.Overlaps.CopyGroups);
        Assert.All(Enumerable.Range(0, view.IndexReader.MaxDoc), doc => Assert.Empty(view.Overlaps.CopiesOf(doc)));
    }

    /// <summary>An index of the named corpus pages, each file added as it is; the last one a second time under <paramref name="copyName"/> when given.</summary>
    private static TemporaryIndex IndexOf(IReadOnlyList<string> pages, string? copyName = null)
    {
        var index = new TemporaryIndex();
        var reader = new CorpusReader();
        var corpus = RepositoryRoot.Combine("corpus");
        foreach (var page in pages.Distinct())
            index.Add(page, page, [.. reader.ReadFile(corpus, page, _ => { })]);
        if (copyName is not null)
        {
            var copy = Directory.CreateTempSubdirectory("copy-").FullName;
            File.Copy(Path.Combine(corpus, pages[^1]), Path.Combine(copy, copyName));
            index.Add(copyName, copyName, [.. reader.ReadFile(copy, copyName, _ => { })]);
            Directory.Delete(copy, recursive: true);
        }
        return index;
    }

    private static Dictionary<int, string> Ids(ArticleIndex view) =>
        Enumerable.Range(0, view.IndexReader.MaxDoc).ToDictionary(doc => doc, doc => view.Article(doc).Id);
}
