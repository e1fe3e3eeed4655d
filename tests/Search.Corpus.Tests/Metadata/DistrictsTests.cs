using Search.Corpus.Metadata;

namespace Search.Corpus.Tests.Metadata;

public sealed class DistrictsTests
{
    [Theory]
    [InlineData("崂山", "崂山区")]
    [InlineData("平度", "平度市")]
    [InlineData("胶州市", "胶州市")]
    [InlineData("黄岛区", "西海岸新区")]
    [InlineData("西海岸", "西海岸新区")]
    [InlineData("上合示范区", "胶州市")]
    [InlineData(" 城阳 ", "城阳区")]
    [InlineData("青岛", null)]
    [InlineData("火星区", null)]
    public void Short_forms_and_aliases_map_to_canonical_names(string name, string? canonical)
    {
        Assert.Equal(canonical, Districts.Canonical(name));
    }

    [Fact]
    public void Mentions_in_running_text_use_full_names_and_aliases_only_in_canonical_order()
    {
        var mentioned = Districts.MentionedIn("莱西市召开大会。黄岛区加快发展。崂山风景区游人如织。上合示范区建设提速。");

        Assert.Equal(["西海岸新区", "胶州市", "莱西市"], mentioned);
    }

    [Fact]
    public void A_district_name_glued_into_a_longer_word_is_not_a_mention()
    {
        Assert.Empty(Districts.MentionedIn("提升城市南区的品质"));
        Assert.Equal(["市南区"], Districts.MentionedIn("青岛市市南区"));
    }

    [Fact]
    public void The_first_named_district_is_found_by_full_name_before_short_form()
    {
        Assert.Equal("城阳区", Districts.FirstMentionedIn("1月5日上午,青岛市城阳区第七届人民代表大会"));
        Assert.Equal("即墨区", Districts.FirstMentionedIn("2月1日,即墨第三届人代会"));
    }
}
