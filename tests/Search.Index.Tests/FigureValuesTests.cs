using Search.Corpus.Figures;

namespace Search.Index.Tests;

public sealed class FigureValuesTests
{
    private const string Targets = "2025年,主要预期目标为:生产总值增长5.6%,一般公共预算收入增长3%。";

    [Fact]
    public void An_articles_figures_are_committed_with_it_and_read_back_as_extracted()
    {
        using var index = new TemporaryIndex();
        var article = TemporaryIndex.Article("a-1", body: Targets, places: ["胶州市"], year: 2025);
        index.Add("a.txt", "ha", article);

        var view = index.Open();

        Assert.Equal(FigureExtractor.Extract(article), view.FiguresOf(0));
        Assert.Equal(2, view.FiguresOf(0).Count);
        Assert.Equal(FigureExtractor.Extract(article).Select(figure => figure with { SentenceText = "" }), view.FiguresOf(0, sentences: false));
    }

    [Fact]
    public void The_index_lists_the_figures_of_live_articles_in_arrival_order_with_their_titles()
    {
        using var index = new TemporaryIndex();
        index.Add("a.txt", "ha", TemporaryIndex.Article("a-1", "胶州", Targets, ["胶州市"], 2025), TemporaryIndex.Article("a-2", "没有数字"));
        index.Add("b.txt", "hb", TemporaryIndex.Article("b-1", "平度", "生产总值增长5.5%以上。", ["平度市"], 2025));
        index.Add("c.txt", "hc", TemporaryIndex.Article("c-1", "莱西", "生产总值增长6%。", ["莱西市"], 2025));
        index.Delete("c.txt");

        var figures = index.Open().Figures(_ => true).ToList();

        Assert.Equal([("a-1", "胶州", 5.6m), ("a-1", "胶州", 3m), ("b-1", "平度", 5.5m)],
            figures.Select(entry => (entry.Figure.ArticleId, entry.Title, entry.Figure.Value!.Value)));
    }

    [Fact]
    public void Only_the_figures_kept_are_listed_and_each_gets_its_sentence_back_from_the_body()
    {
        using var index = new TemporaryIndex();
        index.Add("a.txt", "ha", TemporaryIndex.Article("a-1", "胶州", "会议指出。\n" + Targets, ["胶州市"], 2025));

        var figures = index.Open().Figures(figure => figure.Indicator == "一般公共预算收入").ToList();

        var (figure, _) = Assert.Single(figures);
        Assert.Equal(Targets.TrimEnd('。'), figure.SentenceText);
        var (bare, _) = Assert.Single(index.Open().Figures(figure => figure.Indicator == "一般公共预算收入", sentences: false));
        Assert.Equal(figure with { SentenceText = "" }, bare); // no body read: where the sentence stands, not its text
    }
}
