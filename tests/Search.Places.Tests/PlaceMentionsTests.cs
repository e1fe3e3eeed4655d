namespace Search.Places.Tests;

public sealed class PlaceMentionsTests
{
    private static List<string> Names(IReadOnlyList<PlaceMention> mentions, string text) =>
        [.. mentions.Select(mention => text.Substring(mention.Start, mention.Length))];

    [Fact]
    public void Names_in_running_text_are_found_longest_first_and_never_overlapping()
    {
        const string text = "2月5日，在青岛市崂山区第十九届人民代表大会第三次会议上，山东省和上合示范区的代表列席。";

        var mentions = PlaceMentions.In(text);

        Assert.Equal(["青岛市", "崂山区", "山东省", "上合示范区"], Names(mentions, text));
        Assert.Equal("370212", Assert.Single(mentions[1].Places).Code);
    }

    [Fact]
    public void Short_forms_and_two_character_names_are_read_only_when_asked()
    {
        const string text = "崂山聚力提质，城区人口增长，城市南区改造。";

        Assert.Empty(PlaceMentions.In(text));
        Assert.Equal(["崂山", "城区"], Names(PlaceMentions.In(text, shortForms: true), text));
    }

    [Theory]
    [InlineData("崂山区：聚力做到七个提质争先", "崂山区")]
    [InlineData("胶州：开放", "胶州")]
    [InlineData("2025年山东省政府工作报告", null)]
    [InlineData("山东省政府工作报告", "山东省")]
    public void A_label_or_headline_starts_with_a_name(string text, string? name)
    {
        var mention = PlaceMentions.AtStart(text);

        Assert.Equal(name, mention is { } found ? text.Substring(found.Start, found.Length) : null);
    }
}
