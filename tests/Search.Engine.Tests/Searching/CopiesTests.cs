using Search.Engine.Figures;
using Search.Tests;

namespace Search.Engine.Tests.Searching;

/// <summary>
/// A corpus holding the same page twice: each of its articles is one hit, naming the other printing
/// in <c>AlsoIn</c>, and counts once in the total and in both facets, and its key figures are listed
/// once — the same as a corpus holding it once.
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
                var (once, twice) = (_once.Search(query, places: districts), _twice.Search(query, places: districts));

                Assert.Equal(once.Total, twice.Total);
                Assert.Equal(once.Facets.Place.All(), twice.Facets.Place.All());
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

    [Fact]
    public void The_other_write_up_of_the_session_names_one_printing_and_each_printing_names_it()
    {
        var coverage = _twice.Searcher.Coverage("001_01de4e52b08519b1-1")!;

        Assert.Contains(Assert.Single(coverage).Id, new[] { "000_13824d23c47df48b-1", "000_again-1" });
        Assert.Equal("001_01de4e52b08519b1-1", Assert.Single(_twice.Searcher.Coverage("000_13824d23c47df48b-1")!).Id);
        Assert.Equal("001_01de4e52b08519b1-1", Assert.Single(_twice.Searcher.Coverage("000_again-1")!).Id);
    }

    [Fact]
    public void Key_figures_of_the_page_are_listed_once()
    {
        var (once, twice) = (FigureFinder.Find(_once.Searcher.Index, new FigureRequest()), FigureFinder.Find(_twice.Searcher.Index, new FigureRequest()));

        Assert.NotEmpty(once);
        Assert.Equal(once.Select(row => (row.Figure.Place.Name, row.Figure.Year, row.Figure.Indicator, row.Figure.Value)),
            twice.Select(row => (row.Figure.Place.Name, row.Figure.Year, row.Figure.Indicator, row.Figure.Value)));
    }

    public void Dispose()
    {
        _once.Dispose();
        _twice.Dispose();
    }
}
