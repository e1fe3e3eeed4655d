using Search.Corpus.Figures;
using Search.Corpus.Pages;
using Search.Hanzi;
using Search.Tests;

namespace Search.Corpus.Tests;

/// <summary>
/// A page printed in traditional characters is read as the same page in simplified ones: the same
/// articles, districts, years, dates and key figures — while every text kept is the page's own.
/// Checked on the five real pages, each written in traditional characters by the index's table.
/// </summary>
public sealed class TraditionalPagesTests
{
    public static TheoryData<string> Pages => new(PageNames);

    private static readonly string[] PageNames = [.. Directory.GetFiles(RepositoryCorpus.Directory, "*.txt").Select(path => Path.GetFileName(path)).Order()];

    private static (IReadOnlyList<Article> Simplified, IReadOnlyList<Article> Traditional) Both(string page)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryCorpus.Directory, page));
        return (PageParser.Parse(text, page), PageParser.Parse(TraditionalText.From(text), page));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Splits_into_the_same_articles_with_the_same_metadata(string page)
    {
        var (simplified, traditional) = Both(page);

        Assert.Equal(simplified.Count, traditional.Count);
        for (var i = 0; i < simplified.Count; i++)
        {
            Assert.Equal(simplified[i].Id, traditional[i].Id);
            Assert.Equal(simplified[i].PlaceNames, traditional[i].PlaceNames);
            Assert.Equal(simplified[i].Year, traditional[i].Year);
            Assert.Equal(simplified[i].Date, traditional[i].Date);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Keeps_the_pages_own_characters(string page)
    {
        var (simplified, traditional) = Both(page);

        for (var i = 0; i < simplified.Count; i++)
        {
            Assert.Equal(TraditionalText.From(simplified[i].Title), traditional[i].Title);
            Assert.Equal(TraditionalText.From(simplified[i].Body), traditional[i].Body);
            Assert.Equal(simplified[i].Body, TraditionalChinese.Simplify(traditional[i].Body));
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Gives_the_same_key_figures(string page)
    {
        var (simplified, traditional) = Both(page);

        var expected = simplified.SelectMany(FigureExtractor.Extract).ToList();
        var actual = traditional.SelectMany(FigureExtractor.Extract).ToList();

        Assert.Equal(expected.Select(figure => (figure.Place.Name, figure.Year, figure.Kind, figure.Indicator, figure.Value, figure.Figure)),
            actual.Select(figure => (figure.Place.Name, figure.Year, figure.Kind, figure.Indicator, figure.Value, figure.Figure)));
        Assert.All(actual, figure => Assert.Equal(TraditionalText.From(TraditionalChinese.Simplify(figure.SentenceText)), figure.SentenceText));
    }

    [Fact]
    public void The_traditional_pages_hold_as_many_figures_as_the_real_ones()
    {
        var simplified = PageNames.Sum(page => Both(page).Simplified.SelectMany(FigureExtractor.Extract).Count());
        var traditional = PageNames.Sum(page => Both(page).Traditional.SelectMany(FigureExtractor.Extract).Count());

        Assert.True(simplified > 0);
        Assert.Equal(simplified, traditional);
    }
}
