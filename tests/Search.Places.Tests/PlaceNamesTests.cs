namespace Search.Places.Tests;

public sealed class PlaceNamesTests
{
    [Theory]
    [InlineData("崂山区", PlaceLevel.County, "崂山")]
    [InlineData("胶州市", PlaceLevel.County, "胶州")]
    [InlineData("浦东新区", PlaceLevel.County, "浦东")]
    [InlineData("神农架林区", PlaceLevel.County, "神农架")]
    [InlineData("长阳土家族自治县", PlaceLevel.County, "长阳")]
    [InlineData("鄂温克族自治旗", PlaceLevel.County, "鄂温克")]
    [InlineData("塔什库尔干塔吉克自治县", PlaceLevel.County, "塔什库尔干")]
    [InlineData("城区", PlaceLevel.County, null)]
    [InlineData("青岛市", PlaceLevel.City, "青岛")]
    [InlineData("延边朝鲜族自治州", PlaceLevel.City, "延边")]
    [InlineData("黔东南苗族侗族自治州", PlaceLevel.City, "黔东南")]
    [InlineData("巴音郭楞蒙古自治州", PlaceLevel.City, "巴音郭楞")]
    [InlineData("大兴安岭地区", PlaceLevel.City, "大兴安岭")]
    [InlineData("锡林郭勒盟", PlaceLevel.City, "锡林郭勒")]
    [InlineData("山东省", PlaceLevel.Province, "山东")]
    [InlineData("北京市", PlaceLevel.Province, "北京")]
    [InlineData("广西壮族自治区", PlaceLevel.Province, "广西")]
    [InlineData("宁夏回族自治区", PlaceLevel.Province, "宁夏")]
    [InlineData("新疆维吾尔自治区", PlaceLevel.Province, "新疆")]
    [InlineData("内蒙古自治区", PlaceLevel.Province, "内蒙古")]
    [InlineData("西藏自治区", PlaceLevel.Province, "西藏")]
    [InlineData("香港特别行政区", PlaceLevel.Province, "香港")]
    public void A_short_form_drops_the_kind_of_division_and_the_peoples_an_autonomous_place_is_named_for(string name, PlaceLevel level, string? shortForm)
    {
        Assert.Equal(shortForm, PlaceNames.ShortForm(name, level));
    }
}
