namespace Search.Places;

/// <summary>
/// The short form people write for a place: its name without the word for its kind of division
/// (省, 市, 自治区, 地区, 区, 县, 旗 …) and, for an autonomous one, without the peoples it is named for
/// (广西壮族自治区 → 广西, 延边朝鲜族自治州 → 延边, 黔东南苗族侗族自治州 → 黔东南). Pure. A form of
/// fewer than two characters is no short form: 城区 does not shorten to 城.
/// </summary>
public static class PlaceNames
{
    private static readonly string[] ProvinceKinds = ["特别行政区", "自治区", "省", "市"];
    private static readonly string[] CityKinds = ["自治州", "地区", "盟", "市"];
    private static readonly string[] CountyKinds = ["自治县", "自治旗", "新区", "林区", "特区", "区", "县", "市", "旗"];

    /// <summary>The 56 peoples of China, as autonomous places are named for them (族 may follow).</summary>
    private static readonly string[] Peoples =
    [
        "汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣",
        "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗",
        "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京",
        "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
    ];

    private const int Shortest = 2;

    /// <summary>The short form of an official name at its level; null when it has none.</summary>
    public static string? ShortForm(string name, PlaceLevel level)
    {
        var kinds = level switch
        {
            PlaceLevel.Province => ProvinceKinds,
            PlaceLevel.City => CityKinds,
            PlaceLevel.County => CountyKinds,
            _ => [],
        };
        var kind = kinds.FirstOrDefault(kind => name.EndsWith(kind, StringComparison.Ordinal) && name.Length - kind.Length >= Shortest);
        if (kind is null)
            return null;
        var stem = name[..^kind.Length];
        if (kind.StartsWith("自治", StringComparison.Ordinal))
            stem = WithoutPeoples(stem);
        return stem.Length >= Shortest && stem != name ? stem : null;
    }

    /// <summary>The stem without the peoples at its end (鄂温克族 keeps its people, less 族: nothing would be left).</summary>
    private static string WithoutPeoples(string stem)
    {
        while (true)
        {
            var withoutMark = stem.EndsWith('族') ? stem[..^1] : stem;
            var people = Peoples.Where(people => withoutMark.EndsWith(people, StringComparison.Ordinal)
                    && (people.Length > 1 || withoutMark.Length < stem.Length)) // one-character peoples only before 族
                .MaxBy(people => people.Length);
            if (people is null || withoutMark.Length - people.Length < Shortest)
                return withoutMark;
            stem = withoutMark[..^people.Length];
        }
    }
}
