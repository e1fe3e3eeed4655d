using Search.Corpus.Pages;

namespace Search.Corpus.Tests.Pages;

public sealed class BlockClassifierTests
{
    [Theory]
    [InlineData("客户端:青岛观 客户端:观海新闻", "Furniture", "客户端:青岛观 客户端:观海新闻")]
    [InlineData("主编 赵波 美编 李飞 审读 姜胜保 排版 韩婷", "Furniture", "主编 赵波 美编 李飞 审读 姜胜保 排版 韩婷")]
    [InlineData("## 青岛日报 聚焦", "Furniture", "青岛日报 聚焦")]
    [InlineData(".....", "Furniture", ".....")]
    [InlineData("■青岛市人工智能产业园园区一隅。", "Caption", "青岛市人工智能产业园园区一隅。")]
    [InlineData("航拍大沽河省级生态旅游度假区。王昭脉 摄", "Caption", "航拍大沽河省级生态旅游度假区。王昭脉 摄")]
    [InlineData("航拍平度城区美景。(平度供图)", "Caption", "航拍平度城区美景。(平度供图)")]
    [InlineData("观海新闻/青岛晚报/掌上青岛 记者 马丙政 通讯员 李柯", "Byline", "观海新闻/青岛晚报/掌上青岛 记者 马丙政 通讯员 李柯")]
    [InlineData("□青岛日报/观海新闻记者 王凯", "Byline", "青岛日报/观海新闻记者 王凯")]
    [InlineData("(衣涛 张绪霞 赵子健)", "Byline", "衣涛 张绪霞 赵子健")]
    [InlineData("胶州", "PlaceLabel", "胶州")]
    [InlineData("## 崂山区:“七个提质争先”", "Heading", "崂山区:“七个提质争先”")]
    [InlineData("# 标题", "Heading", "标题")]
    [InlineData("记者从会上获悉，今年将新建学校10所。", "Text", "记者从会上获悉，今年将新建学校10所。")]
    [InlineData("#5号线开工", "Text", "#5号线开工")]
    [InlineData("###", "Furniture", "")]
    public void Each_line_is_classified_from_its_own_text(string line, string kind, string text)
    {
        var block = BlockClassifier.Classify(line);

        Assert.Equal((kind, text), (block.Kind.ToString(), block.Text));
    }

    [Fact]
    public void A_short_line_that_is_a_places_name_is_a_place_label()
    {
        Assert.Equal((BlockKind.PlaceLabel, "平度"), (BlockClassifier.Classify("平度").Kind, BlockClassifier.Classify("平度").Text));
        Assert.Equal(BlockKind.Text, BlockClassifier.Classify("中国").Kind);
    }

    [Theory]
    [InlineData("崂山区：聚力做到“七个提质争先”", "崂山区")]
    [InlineData("西海岸:打造新引擎", "西海岸")]
    [InlineData("力争“开门红”：各区市“起步即冲刺”", null)]
    [InlineData("崂山区：全区上下齐心协力。会议指出，要加快发展。", null)]
    public void A_headline_of_the_form_place_colon_title_opens_with_its_places_name(string line, string? label)
    {
        Assert.Equal(label, BlockClassifier.Classify(line).HeadlineLabel);
    }
}
