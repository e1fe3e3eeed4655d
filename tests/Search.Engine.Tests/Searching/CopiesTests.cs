using Search.Tests;

namespace Search.Engine.Tests.Searching;

/// <summary>
/// A corpus holding the same page twice: each of its articles is one hit, naming the other printing
/// in <c>AlsoIn</c>, and counts once in the total and in both facets — the same as a corpus holding it once.
/// </summary>
public sealed class CopiesTests : IDisposable
{
    private static readonly string[] Queries = ["", "提质争先", "民生实事", "崂山", "高质量发展"];

    private readonly TestIndex _once;
    private readonly TestIndex _twice;

    public CopiesTests()
    {
        var pages = Directory.GetFiles(RepositoryRoot.Combine("corpus"), "*.txt").Order()
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path))).ToArray();
        _once = TestIndex.Of(pages);
        _twice = TestIndex.Of([.. pages, ("000_again.txt", pages[0].Item2)]);
    }

    [Fact]
    public void Each_article_of_the_page_is_one_hit_that_names_its_other_printing()
    {
        var hits = _twice.Search("", size: 100).Hits;

        Assert.Equal(hits.Count, hits.Select(hit => hit.Title).Distinct().Count());
        var printed = hits.Where(hit => hit.Id.StartsWith("000_", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, printed.Count);
        Assert.All(printed, hit =>
        {
            var copy = Assert.Single(hit.AlsoIn);
            Assert.NotEqual(hit.Source, copy.Source);
            Assert.Equal(hit.Id[^2..], copy.Id[^2..]);
        });
        Assert.All(hits.Except(printed), hit => Assert.Empty(hit.AlsoIn));
    }

    [Fact]
    public void Totals_and_facet_counts_are_those_of_the_corpus_holding_the_page_once()
    {
        foreach (var query in Queries)
        {
            foreach (var districts in new[] { null, new[] { "崂山区" } })
            {
                var (once, twice) = (_once.Search(query, districts: districts), _twice.Search(query, districts: districts));

                Assert.Equal(once.Total, twice.Total);
                Assert.Equal(once.Facets.District, twice.Facets.District);
                Assert.Equal(once.Facets.Year, twice.Facets.Year);
                Assert.Equal(once.Hits.Count, twice.Hits.Count);
            }
        }
    }

    [Fact]
    public void An_article_opened_from_either_printing_names_the_other()
    {
        var first = _twice.Searcher.Copies("000_13824d23c47df48b-1")!;
        var second = _twice.Searcher.Copies("000_again-1")!;

        Assert.Equal("000_again-1", Assert.Single(first).Id);
        Assert.Equal("000_13824d23c47df48b-1", Assert.Single(second).Id);
        Assert.Empty(_once.Searcher.Copies("000_13824d23c47df48b-1")!);
    }

    public void Dispose()
    {
        _once.Dispose();
        _twice.Dispose();
    }
}
