using Search.Engine.Figures;
using Search.Tests;

namespace Search.Engine.Tests.Figures;

/// <summary>Which places the five starting pages hold a report of, year by year: what the figures page says it lacks.</summary>
public sealed class ReportCoverageTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    private readonly ReportCoverage _coverage = ReportCoverage.Of(fixture.Index.Searcher.Index);

    [Fact]
    public void Each_year_lists_the_places_whose_session_an_article_covers()
    {
        Assert.Equal([2023, 2024, 2025], _coverage.Years);
        Assert.Equal(["胶州市", "平度市"], _coverage.In(2025).Select(place => place.Name));
        Assert.Equal(["崂山区", "平度市", "莱西市"], _coverage.In(2024).Select(place => place.Name));
        // The 2023 roundup covers each of the ten districts in a paragraph of its own.
        Assert.Equal(10, _coverage.In(2023).Count);
        Assert.Equal(_coverage.In(2023), _coverage.Places);
        Assert.Empty(_coverage.In(2026));
    }

    [Fact]
    public void A_year_s_figures_come_from_its_report_or_the_next_one()
    {
        var (laoshan, jiaozhou) = (Named.Place("崂山区"), Named.Place("胶州市"));

        Assert.True(_coverage.Has(laoshan, 2024));
        Assert.False(_coverage.Has(laoshan, 2025));
        Assert.True(_coverage.HasSourceOf(laoshan, 2023)); // its 2024 report gives 2023's results
        Assert.False(_coverage.HasSourceOf(laoshan, 2025));
        Assert.True(_coverage.HasSourceOf(jiaozhou, 2025));
        Assert.False(_coverage.HasSourceOf(Named.Place("市南区"), 2024));
    }
}
