using Search.Engine.Searching;

namespace Search.Engine.Tests.Searching;

/// <summary>
/// By date, an article without a date of its own (a full report read from a page that does not
/// print one) stands on the first day of its report's year, among the dated articles, not after them all.
/// </summary>
public sealed class DateOrderTests(ReportsIndexFixture fixture) : IClassFixture<ReportsIndexFixture>
{
    /// <summary>What sorting by date compares: the date, else the first day of the report's year, else the least of dates (last, newest first).</summary>
    public static DateOnly SortDate(SearchHit hit) => hit.Date ?? (hit.Year is { } year ? new DateOnly(year, 1, 1) : DateOnly.MinValue);

    [Theory]
    [InlineData("")]
    [InlineData("发展")]
    public void Undated_reports_sort_by_their_year_among_the_dated_articles(string query)
    {
        var hits = fixture.Index.Search(query, size: 100, sort: SortOrder.Date).Hits;

        var undated = hits.Where(hit => hit.Date is null && hit.Year is not null).ToList();
        Assert.True(undated.Count >= 10);
        Assert.Equal(hits.Select(SortDate).OrderDescending(), hits.Select(SortDate));
        // The State Council's reports of 2005–2014 come last, newest first; an undated article of 2023 before them.
        Assert.Equal(Enumerable.Range(2005, 10).Reverse(), hits.Where(hit => hit.Year < 2020).Select(hit => hit.Year!.Value));
    }

    [Fact]
    public void Where_a_date_is_shown_an_undated_report_still_has_none()
    {
        var nation = Assert.Single(global::Search.Tests.Named.Places("全国"));

        // The nation's timeline holds every place's articles; those before 2020 are the State Council's undated reports.
        var articles = fixture.Index.Searcher.Timeline(nation).Where(year => year.Year < 2020).SelectMany(year => year.Articles).ToList();

        Assert.Equal(10, articles.Count);
        Assert.All(articles, article => Assert.Null(article.Date));
    }
}
