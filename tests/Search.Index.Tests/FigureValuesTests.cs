using System.Text;
using Lucene.Net.Documents;
using Search.Corpus.Figures;
using Search.Places;

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

    // Indexes written before this build keep their figures in this JSON: it must read back the same,
    // and a figure written now must read as it did (a sorted set orders its values by their bytes).
    private static readonly KeyFigure Range = new("a-1", new Place("370212", "崂山区", PlaceLevel.County, "370200"), 2025,
        FigureKind.Target, "地区生产总值", "生产总值", FigureMeasure.Growth, 5.5m, "%", "左右", new TextSpan(3, 12), new TextSpan(0, 20), "")
    { ValueHigh = 6m, Estimate = true };

    private static readonly KeyFigure Relation = Range with
    {
        Kind = FigureKind.Result,
        Measure = FigureMeasure.Amount,
        Value = null,
        Unit = null,
        Qualifier = "与经济增长同步",
        ValueHigh = null,
        Estimate = false,
    };

    [Theory]
    [InlineData(true, """{"ArticleId":"a-1","Place":{"Code":"370212","Name":"\u5D02\u5C71\u533A","Level":"County","ParentCode":"370200"},"Year":2025,"Kind":"Target","Indicator":"\u5730\u533A\u751F\u4EA7\u603B\u503C","Label":"\u751F\u4EA7\u603B\u503C","Measure":"Growth","Value":5.5,"Unit":"%","Qualifier":"\u5DE6\u53F3","Figure":{"Start":3,"End":12},"Sentence":{"Start":0,"End":20},"ValueHigh":6,"Estimate":true}""")]
    [InlineData(false, """{"ArticleId":"a-1","Place":{"Code":"370212","Name":"\u5D02\u5C71\u533A","Level":"County","ParentCode":"370200"},"Year":2025,"Kind":"Result","Indicator":"\u5730\u533A\u751F\u4EA7\u603B\u503C","Label":"\u751F\u4EA7\u603B\u503C","Measure":"Amount","Qualifier":"\u4E0E\u7ECF\u6D4E\u589E\u957F\u540C\u6B65","Figure":{"Start":3,"End":12},"Sentence":{"Start":0,"End":20},"Estimate":false}""")]
    public void A_figure_is_kept_as_the_JSON_earlier_builds_wrote_without_its_sentence_text_or_span_lengths(bool range, string json)
    {
        var figure = range ? Range : Relation;
        var document = new Document();

        FigureValues.Add(document, [figure with { SentenceText = "全区生产总值增长5.5%左右" }]);

        var kept = document.GetField(ArticleFields.Figures).GetBinaryValue();
        Assert.Equal(json, Encoding.UTF8.GetString(kept.Bytes, kept.Offset, kept.Length));
        Assert.Equal(figure, FigureValues.Parse(Encoding.UTF8.GetBytes(json)));
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
