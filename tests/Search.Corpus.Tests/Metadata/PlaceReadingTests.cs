using Search.Corpus.Metadata;
using Search.Places;
using Search.Tests;

namespace Search.Corpus.Tests.Metadata;

public sealed class PlaceReadingTests
{
    private static string? Code(Place? place) => place?.Code;

    [Theory]
    [InlineData("2025年山东省政府工作报告", "370000")]
    [InlineData("2025年宁夏回族自治区人民政府工作报告", "640000")]
    [InlineData("２０２５年廣西壯族自治區政府工作報告", "450000")]
    [InlineData("1955年国务院政府工作报告", "000000")]
    [InlineData("2024年青岛市崂山区政府工作报告", "370212")]
    [InlineData("崂山区政府工作报告解读", "370212")]
    [InlineData("政府工作报告", null)]
    [InlineData("山东省召开人代会", null)]
    public void A_reports_title_names_its_government(string title, string? code)
    {
        Assert.Equal(code, Code(PlaceReading.OfTitle(title, [])));
    }

    [Fact]
    public void An_ambiguous_name_in_a_title_is_settled_by_context_or_left_unread()
    {
        Assert.Null(PlaceReading.OfTitle("2025年朝阳区政府工作报告", []));
        Assert.Equal("110105", Code(PlaceReading.OfTitle("2025年朝阳区政府工作报告", [Named.Place("北京市")])));
        Assert.Equal("220104", Code(PlaceReading.OfTitle("2025年长春市朝阳区政府工作报告", [])));
    }

    [Theory]
    [InlineData("在青岛市崂山区第十九届人民代表大会第三次会议上", "370212")]
    [InlineData("——2025年1月14日在山东省第十四届人民代表大会第三次会议上", "370000")]
    [InlineData("在第十二届全国人民代表大会第二次会议上", "000000")]
    [InlineData("1月7日,胶州市第十八届人大第四次会议开幕", "370281")]
    [InlineData("1月7日,会议开幕", null)]
    public void A_session_sentence_names_the_government_whose_congress_met(string sentence, string? code)
    {
        Assert.Equal(code, Code(PlaceReading.OfSession(sentence, [])));
    }

    [Theory]
    [InlineData("平度", "370283")]
    [InlineData("西海岸", "370211")]
    [InlineData("中国", null)]
    [InlineData("鼓楼区", null)]
    public void A_label_names_a_place_below_the_nation(string label, string? code)
    {
        Assert.Equal(code, Code(PlaceReading.Label(label, [])));
    }

    [Fact]
    public void A_label_several_places_bear_is_read_in_the_papers_home_city()
    {
        Assert.Equal("350102", Code(PlaceReading.Label("鼓楼区", [Named.Place("福州市")])));
        Assert.Equal("320106", Code(PlaceReading.Label("鼓楼区", [Named.Place("南京市")])));
    }

    [Fact]
    public void A_roundup_covers_the_places_its_text_names_by_full_names_and_aliases_in_code_order()
    {
        var mentioned = PlaceReading.Mentioned("莱西市召开大会。黄岛区加快发展。崂山风景区游人如织。上合示范区建设提速。", []);

        Assert.Equal(["西海岸新区", "胶州市", "莱西市"], mentioned.Select(place => place.Name));
    }

    [Fact]
    public void Running_text_gives_its_most_local_places_and_never_a_name_glued_into_a_longer_word()
    {
        Assert.Empty(PlaceReading.Mentioned("提升城市南区的品质", []));
        Assert.Equal(["市南区"], PlaceReading.Mentioned("山东省青岛市市南区", []).Select(place => place.Name));
    }

    [Fact]
    public void A_district_name_that_is_also_a_common_word_counts_only_inside_the_roundups_region_or_when_anchored()
    {
        const string roundup = "市南区推进老城区改造。市北区加快发展。崂山区提质争先。";

        Assert.Equal(["市南区", "市北区", "崂山区"], PlaceReading.Mentioned(roundup, []).Select(place => place.Name));
        Assert.Equal(["市南区", "市北区", "崂山区"], PlaceReading.Mentioned(roundup, [Named.Place("青岛市")]).Select(place => place.Name));
        Assert.Equal(["老城区"], PlaceReading.Mentioned("河南省洛阳市老城区召开大会。", []).Select(place => place.Name));
    }
}
