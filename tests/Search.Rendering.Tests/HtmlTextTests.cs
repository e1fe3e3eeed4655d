using System.Text;
using Search.Corpus.Figures;
using Search.Engine.Highlighting;
using Search.Engine.Searching;
using Search.Tests;

namespace Search.Rendering.Tests;

public sealed class HtmlTextTests
{
    [Fact]
    public void Escaping_replaces_the_five_characters_that_matter_and_keeps_everything_else()
    {
        Assert.Equal("&lt;a href=&quot;x&quot;&gt;&amp;&#39;崂山𠀋 \n", HtmlText.Escape(new StringBuilder(), "<a href=\"x\">&'崂山𠀋 \n").ToString());
    }

    [Fact]
    public void Marked_text_wraps_each_range_in_mark_and_escapes_inside_and_out()
    {
        Assert.Equal("&lt;<mark>营商</mark>&amp;<mark>环境</mark>&gt;", HtmlText.Marked("<营商&环境>", [new TextRange(1, 3), new TextRange(4, 6)]));
        Assert.Equal("营商环境", HtmlText.Marked("营商环境", []));
    }

    [Fact]
    public void A_stretch_cuts_the_marks_that_cross_its_ends()
    {
        var html = HtmlText.AppendMarked(new StringBuilder(), "优化营商环境建设", 3, 7, [new TextRange(2, 6)]).ToString();

        Assert.Equal("<mark>商环境</mark>建", html);
    }

    [Fact]
    public void A_hit_renders_its_title_and_passages_with_the_engine_s_marks()
    {
        var hit = new SearchHit("a-1", "崂山<区>营商环境", [new TextRange(5, 9)], [], 2024, null, "x.txt", 1, true,
            [new Snippet("…持续优化营商环境。", [new TextRange(5, 9)], null)]);

        Assert.Equal("崂山&lt;区&gt;<mark>营商环境</mark>", hit.TitleHtml());
        Assert.Equal("…持续优化<mark>营商环境</mark>。", Assert.Single(hit.Snippets).Html());
    }

    [Fact]
    public void A_figure_s_sentence_is_escaped_with_only_the_figure_marked()
    {
        var figure = Figure(sentenceText: "<b>生产总值增长6%,&c");

        Assert.Equal("&lt;b&gt;<mark>生产总值增长6%</mark>,&amp;c", figure.SentenceHtml());
        Assert.Equal("", (figure with { SentenceText = "" }).SentenceHtml());
    }

    private static KeyFigure Figure(string sentenceText) =>
        new("a-1", Named.Place("胶州市"), 2025, FigureKind.Target, "地区生产总值", "生产总值", FigureMeasure.Growth, 6m, "%", null,
            new TextSpan(13, 21), new TextSpan(10, 24), sentenceText);
}
