namespace Search.Engine.Tests.Suggesting;

/// <summary>Suggestions for what is typed in pinyin, whole syllables or initials: the Chinese words it starts.</summary>
public sealed class PinyinSuggestionTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    private readonly TestIndex _index = fixture.Index;

    public static TheoryData<string, string, string> Districts => new()
    {
        { "shinanqu", "snq", "市南区" }, { "shibeiqu", "sbq", "市北区" }, { "licangqu", "lcq", "李沧区" },
        { "laoshanqu", "lsq", "崂山区" }, { "xihaianxinqu", "xhaxq", "西海岸新区" }, { "chengyangqu", "cyq", "城阳区" },
        { "jimoqu", "jmq", "即墨区" }, { "jiaozhoushi", "jzs", "胶州市" }, { "pingdushi", "pds", "平度市" },
        { "laixishi", "lxs", "莱西市" },
    };

    [Theory]
    [MemberData(nameof(Districts))]
    public void A_district_name_in_full_pinyin_suggests_the_district_first(string pinyin, string initials, string district)
    {
        _ = initials;
        Assert.Equal(district, _index.Searcher.Suggest(pinyin)[0].Text);
    }

    [Theory]
    [MemberData(nameof(Districts))]
    public void A_district_name_in_initials_suggests_the_district_first(string pinyin, string initials, string district)
    {
        _ = pinyin;
        Assert.Equal(district, _index.Searcher.Suggest(initials)[0].Text);
    }

    [Theory]
    [InlineData("laoshan", "崂山区")]
    [InlineData("jiaozhou", "胶州市")]
    [InlineData("jiao zhou", "胶州市")]
    public void A_districts_short_name_suggests_its_full_name_first(string pinyin, string district) =>
        Assert.Equal(district, _index.Searcher.Suggest(pinyin)[0].Text);

    [Fact]
    public void A_syllable_still_being_typed_completes_to_the_words_it_starts()
    {
        var suggestions = _index.Searcher.Suggest("laos").Select(suggestion => suggestion.Text).ToList();

        Assert.Equal(["崂山区", "崂山"], suggestions.Take(2));
    }

    [Theory]
    [InlineData("yshj", "营商环境")]
    [InlineData("yingshang", "营商环境")]
    [InlineData("gzlfz", "高质量发展")]
    [InlineData("xzscl", "新质生产力")]
    public void Initials_and_syllables_suggest_corpus_words(string typed, string word) =>
        Assert.Contains(_index.Searcher.Suggest(typed), suggestion => suggestion.Text == word);

    [Fact]
    public void A_prefix_that_is_not_pinyin_suggests_as_before()
    {
        var suggestions = _index.Searcher.Suggest("qxzv");

        Assert.Empty(suggestions);
    }
}
