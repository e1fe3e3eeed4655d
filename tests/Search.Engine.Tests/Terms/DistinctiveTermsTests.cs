using Search.Analysis.Terms;
using Search.Engine.Terms;
using Search.Places;

namespace Search.Engine.Tests.Terms;

/// <summary>Distinctive terms on the five pages, whose districts' 两会 of 2023–2025 they report.</summary>
public sealed class DistinctiveTermsTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    private static Place Named(string name) => Gazetteer.Named(name).Single();

    [Fact]
    public void Laoshans_2024_terms_are_its_own_topics()
    {
        // Read in its two articles of 2024: the year's slogan 七个提质争先, and the industries it means to
        // take past 100 billion yuan, 虚拟现实 (the national VR innovation centre), 人工智能, 海洋生物医药.
        var terms = fixture.Index.Searcher.DistinctiveTerms(Named("崂山区"), 2024, 30).Terms.Select(term => term.Term).ToList();
        Assert.Contains("提质争先", terms);
        Assert.Contains("虚拟现实", terms);
        Assert.Contains("人工智能", terms);
        Assert.Contains("海洋", terms);
    }

    [Fact]
    public void A_distinctive_term_is_more_frequent_here_than_elsewhere_and_said_more_than_once()
    {
        var result = fixture.Index.Searcher.DistinctiveTerms(Named("崂山区"), 2024, 30);
        Assert.All(result.Terms, term =>
        {
            Assert.True(term.Here.PerTenThousand > term.Elsewhere.PerTenThousand, term.Term);
            Assert.True(term.Here.Mentions >= 2, term.Term);
        });
        Assert.True(result.Elsewhere.Articles > 0);
    }

    [Fact]
    public void A_roundup_of_several_districts_is_counted_once_where_places_are_taken_together()
    {
        // 2023 on the five pages: roundups that cover several districts each.
        var articles = fixture.Index.Articles.Where(article => article.Year == 2023).ToList();
        Assert.Contains(articles, article => article.Places.Count > 1);

        Assert.Equal(articles.Count, fixture.Index.Searcher.NewTerms(null, 2023, NewAgainst.Place, 10).Size.Articles);
        var laoshan = fixture.Index.Searcher.DistinctiveTerms(Named("崂山区"), 2023, 10);
        Assert.Equal(articles.Count, laoshan.Here.Articles + laoshan.Elsewhere.Articles);
    }

    [Fact]
    public void No_list_of_any_place_or_year_holds_a_number_or_furniture()
    {
        var searcher = fixture.Index.Searcher;
        foreach (var place in searcher.Index.Places)
        {
            var lists = searcher.ReportYears(place).SelectMany(year =>
                searcher.DistinctiveTerms(place, year, DistinctiveTerms.MaxSize).Terms.Select(term => term.Term)
                    .Concat(searcher.NewTerms(place, year, NewAgainst.Place, NewTerms.MaxSize).Terms.Select(term => term.Term))
                    .Concat(searcher.TermChanges(place, null, year, TermChanges.MaxSize).Rising.Select(term => term.Term))
                    .Concat(searcher.TermChanges(place, null, year, TermChanges.MaxSize).Fading.Select(term => term.Term)));
            foreach (var term in lists)
            {
                Assert.False(TermText.IsNumber(term) || TermText.HasDigit(term), $"{place.Name}: {term}");
                Assert.DoesNotContain(term, new[] { "主编", "美编", "版面", "编辑", "记者" });
            }
        }
    }
}
