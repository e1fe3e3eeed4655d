namespace Search.Places.Tests;

public sealed class GazetteerTests
{
    private static Place Code(string code) => Gazetteer.ByCode(code) ?? throw new InvalidOperationException($"no place {code}");

    [Fact]
    public void The_table_holds_every_province_city_and_county_level_place_of_gb_t_2260_and_the_nation()
    {
        var byLevel = Gazetteer.All.GroupBy(place => place.Level).ToDictionary(group => group.Key, group => group.Count());

        Assert.Equal(1, byLevel[PlaceLevel.National]);
        Assert.Equal(34, byLevel[PlaceLevel.Province]); // 31 of the mainland, Taiwan, Hong Kong, Macao
        Assert.Equal(333, byLevel[PlaceLevel.City]);
        Assert.Equal(2974, byLevel[PlaceLevel.County]);
        Assert.All(Gazetteer.All.Where(place => place.Level > PlaceLevel.Province), place => Assert.NotNull(Gazetteer.Parent(place)));
        Assert.Equal(Gazetteer.All.Count, Gazetteer.All.Select(place => place.Code).Distinct().Count());
    }

    [Theory]
    [InlineData("370212", "崂山区", PlaceLevel.County, "青岛市 山东省")]
    [InlineData("370200", "青岛市", PlaceLevel.City, "山东省")]
    [InlineData("110105", "朝阳区", PlaceLevel.County, "北京市")] // a municipality's district: no city between
    [InlineData("429004", "仙桃市", PlaceLevel.County, "湖北省")] // a county-level city the province runs directly
    [InlineData("370211", "西海岸新区", PlaceLevel.County, "青岛市 山东省")] // shown as its papers name it, officially 黄岛区
    [InlineData("810000", "香港特别行政区", PlaceLevel.Province, "")]
    [InlineData("000000", "全国", PlaceLevel.National, "")]
    public void Each_place_has_its_code_level_and_the_places_above_it(string code, string name, PlaceLevel level, string above)
    {
        var place = Code(code);

        Assert.Equal((name, level), (place.Name, place.Level));
        Assert.Equal(above, string.Join(' ', Gazetteer.Ancestors(place).Select(ancestor => ancestor.Name)));
    }

    [Fact]
    public void Each_places_ordinal_leads_to_the_ordinal_of_the_place_above_it()
    {
        Assert.All(Gazetteer.All, place => Assert.Equal(
            Gazetteer.Parent(place) is { } parent ? Gazetteer.OrdinalOf(parent.Code) : -1,
            Gazetteer.ParentOrdinals[Gazetteer.OrdinalOf(place.Code)]));
    }

    [Fact]
    public void Child_and_root_ordinals_are_the_children_and_the_places_with_none_above()
    {
        Assert.All(Gazetteer.All, place => Assert.Equal(
            Gazetteer.Children(place),
            Gazetteer.ChildOrdinals[Gazetteer.OrdinalOf(place.Code)].Select(ordinal => Gazetteer.All[ordinal])));
        Assert.Equal(Gazetteer.All.Where(place => Gazetteer.Parent(place) is null), Gazetteer.RootOrdinals.Select(ordinal => Gazetteer.All[ordinal]));
        Assert.Equal(35, Gazetteer.RootOrdinals.Count);
    }

    [Theory]
    [InlineData("崂山", "370212")]
    [InlineData("胶州", "370281")]
    [InlineData("山东", "370000")]
    [InlineData("宁夏", "640000")]
    [InlineData("广西", "450000")]
    [InlineData("青岛", "370200")]
    [InlineData("黄岛区", "370211")]
    [InlineData("黄岛", "370211")]
    [InlineData("西海岸", "370211")]
    [InlineData("上合示范区", "370281")]
    [InlineData("上合", "370281")]
    [InlineData("国务院", "000000")]
    public void Short_forms_and_other_names_mean_their_place(string name, string code)
    {
        Assert.Equal(code, Assert.Single(Gazetteer.Named(name)).Code);
    }

    [Fact]
    public void Only_full_names_are_read_in_running_text()
    {
        Assert.Equal("370212", Assert.Single(Gazetteer.FullNamed("崂山区")).Code);
        Assert.Equal("370281", Assert.Single(Gazetteer.FullNamed("上合示范区")).Code);
        Assert.Empty(Gazetteer.FullNamed("崂山"));
        Assert.Empty(Gazetteer.FullNamed("城区")); // a district of 阳泉 and 晋城, and a word
        Assert.NotEmpty(Gazetteer.Named("城区"));
    }

    [Theory]
    [InlineData("朝阳", "110000", "110105")] // in 北京市: its 朝阳区
    [InlineData("朝阳", "220100", "220104")] // in 长春市: its own
    [InlineData("朝阳", "210000", null)] // in 辽宁省: 朝阳市 and 朝阳县 both lie there
    [InlineData("鼓楼区", "320100", "320106")] // 南京's, not 徐州's, 福州's or 开封's
    [InlineData("新华区", "130900", "130902")]
    [InlineData("崂山", "370212", "370212")]
    public void A_name_of_several_places_is_settled_by_the_places_around_it(string name, string context, string? expected)
    {
        Assert.True(Gazetteer.Named(name).Count > 1 || name == "崂山");

        Assert.Equal(expected, Gazetteer.Resolve(name, [Code(context)])?.Code);
    }

    [Theory]
    [InlineData("朝阳")]
    [InlineData("鼓楼区")]
    [InlineData("新华区")]
    public void Without_context_a_name_of_several_places_stays_unresolved(string name)
    {
        Assert.Null(Gazetteer.Resolve(name, []));
    }

    [Fact]
    public void Within_means_the_place_itself_or_below_it()
    {
        Assert.True(Gazetteer.IsWithin(Code("370212"), Code("370000")));
        Assert.True(Gazetteer.IsWithin(Code("370212"), Code("370212")));
        Assert.False(Gazetteer.IsWithin(Code("370000"), Code("370212")));
        Assert.False(Gazetteer.IsWithin(Code("370212"), Gazetteer.Nation));
        Assert.Equal(10, Gazetteer.Children(Code("370200")).Count);
    }
}
