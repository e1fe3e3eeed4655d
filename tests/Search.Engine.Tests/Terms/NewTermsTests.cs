using Search.Analysis.Terms;
using Search.Engine.Terms;
using Search.Places;

namespace Search.Engine.Tests.Terms;

/// <summary>
/// New terms on the State Council's reports of 1954–2014, each first year read in the reports
/// themselves (docs/research/state-council-first-terms.md: the term's sentence of first use and its
/// count in every report).
/// </summary>
public sealed class NewTermsTests(StateCouncilIndexFixture fixture) : IClassFixture<StateCouncilIndexFixture>
{
    private static readonly Place Nation = Gazetteer.Nation;

    private NewTermsResult New(int year, int size = 30) => fixture.Index.Searcher.NewTerms(Nation, year, NewAgainst.Place, size);

    [Theory]
    [InlineData("人民公社", 1959)]
    [InlineData("四个现代化", 1978)]
    [InlineData("精神文明", 1981)]
    [InlineData("价格改革", 1985)]
    [InlineData("改革开放", 1988)]
    [InlineData("社会主义初级阶段", 1988)]
    [InlineData("国有企业", 1993)]
    [InlineData("邓小平理论", 1998)]
    [InlineData("亚洲金融危机", 1999)]
    [InlineData("西部大开发", 2001)]
    [InlineData("三个代表", 2001)]
    [InlineData("三农", 2003)]
    [InlineData("科学发展观", 2004)]
    [InlineData("和谐社会", 2005)]
    [InlineData("节能减排", 2007)]
    [InlineData("国际金融危机", 2009)]
    [InlineData("保障性住房", 2009)]
    [InlineData("战略性新兴产业", 2010)]
    [InlineData("新型城镇化", 2014)]
    [InlineData("社会治理", 2014)]
    public void A_policy_term_is_among_the_first_thirty_new_terms_of_the_year_it_first_appears(string term, int year)
    {
        var found = Assert.Single(New(year).Terms, t => t.Term == term);
        Assert.Equal(year, found.FirstYear);
        Assert.Equal([Nation], found.FirstPlaces);
    }

    [Fact]
    public void A_string_SmartCn_reads_two_ways_is_one_term_counted_as_often_as_it_is_written()
    {
        // 2004's report writes 科学发展观 twice: SmartCn reads 坚持科学发展观 as 科学 发展 观, 树立科学发展观和 as 科学 发展观.
        var term = Assert.Single(New(2004, NewTerms.MaxSize).Terms, t => t.Term == "科学发展观");
        Assert.Equal(2, term.Count.Mentions);
        Assert.Equal(2, Assert.Single(fixture.Index.Searcher.Trend("科学发展观", [Nation]).Lines).Points.Single(point => point.Year == 2004).Count.Mentions);
    }

    [Fact]
    public void A_term_used_in_an_earlier_report_is_not_new_however_often_it_returns()
    {
        // 科学发展观 is new in 2004, but 科学发展 is in 1957's report (1956—1967年科学发展远景规划).
        var all2004 = New(2004, NewTerms.MaxSize).Terms.Select(t => t.Term).ToList();
        Assert.DoesNotContain("科学发展", all2004);
        // 改革开放 first stands in 1988; by 1992 it is old.
        Assert.DoesNotContain("改革开放", New(1992, NewTerms.MaxSize).Terms.Select(t => t.Term));
    }

    [Fact]
    public void A_phrase_comes_before_its_fragments_and_a_term_before_the_phrases_new_only_because_of_it()
    {
        var terms = New(1959, NewTerms.MaxSize).Terms.Select(t => t.Term).ToList();
        Assert.Contains("人民公社", terms);
        // 建立人民公社 and 农村人民公社 are new only because 人民公社 is.
        Assert.DoesNotContain(terms, term => term != "人民公社" && term.Contains("人民公社", StringComparison.Ordinal) && term.Length <= "人民公社".Length + 2);
    }

    [Fact]
    public void A_phrase_said_once_in_the_whole_corpus_is_no_term()
    {
        // New in 2014, the last report: nothing later, so each phrase listed must stand twice in it.
        var phrases = New(2014, NewTerms.MaxSize).Terms.Where(term => term.IsPhrase).ToList();
        Assert.NotEmpty(phrases);
        Assert.All(phrases, term => Assert.True(term.Count.Mentions >= 2, term.Term));
        var once = New(2004, NewTerms.MaxSize).Terms.Where(term => term.IsPhrase && term.Count.Mentions == 1).ToList();
        Assert.NotEmpty(once);
        Assert.All(once, term => Assert.True(term.LaterYears > 0, term.Term));
    }

    [Fact]
    public void The_first_report_has_no_earlier_one_and_every_later_year_is_compared_with_all_before_it()
    {
        Assert.Empty(New(1954).EarlierYears);
        var result = New(1978);
        Assert.Equal([1954, 1955, 1956, 1957, 1958, 1959, 1960, 1964, 1975], result.EarlierYears);
        Assert.True(result.Found > result.Terms.Count);
    }

    [Fact]
    public void No_list_holds_a_number_a_date_or_furniture()
    {
        foreach (var year in fixture.Index.Searcher.ReportYears(Nation))
        {
            foreach (var term in New(year, NewTerms.MaxSize).Terms.Select(t => t.Term)
                .Concat(fixture.Index.Searcher.TermChanges(Nation, null, year, TermChanges.MaxSize).Rising.Select(t => t.Term)))
            {
                Assert.False(TermText.IsNumber(term) || TermText.HasDigit(term), $"{year}: {term}");
                Assert.DoesNotContain(term, new[] { "主编", "美编", "版面", "一是", "同志们" });
            }
        }
    }
}
