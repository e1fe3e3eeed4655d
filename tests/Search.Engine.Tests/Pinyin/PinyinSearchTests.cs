using System.Text.RegularExpressions;
using Search.Analysis.Folding;
using Search.Index;
using Search.Rendering;

namespace Search.Engine.Tests.Pinyin;

/// <summary>
/// A query typed in pinyin finds the articles holding the words it spells, marked in the snippets,
/// below any article holding the Latin text itself; Latin queries that are not pinyin behave as
/// they always did.
/// </summary>
public sealed class PinyinSearchTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    private readonly TestIndex _index = fixture.Index;

    public static TheoryData<string, string> Words => new()
    {
        { "laoshan", "崂山" }, { "jiaozhou", "胶州" }, { "pingdu", "平度" }, { "laixi", "莱西" }, { "chengyang", "城阳" },
        { "shanghe", "上合" }, { "yingshanghuanjing", "营商环境" }, { "minshengshishi", "民生实事" }, { "qingdao", "青岛" },
        { "xiangcunzhenxing", "乡村振兴" }, { "rengongzhineng", "人工智能" }, { "gaozhiliangfazhan", "高质量发展" },
        { "minyingqiye", "民营企业" }, { "shuzijingji", "数字经济" }, { "kaimenhong", "开门红" }, { "zhaoshangyinzi", "招商引资" },
        { "wurenji", "无人机" }, { "xunixianshi", "虚拟现实" }, { "yanglao", "养老" }, { "ditie", "地铁" },
        { "kejichuangxin", "科技创新" }, { "shengtaihuanjing", "生态环境" }, { "xinzhishengchanli", "新质生产力" },
        { "jiaozhou shi", "胶州市" }, { "lao shan", "崂山" }, { "LaoShan", "崂山" },
        // As an input method shows them while composing, apostrophes between the syllables.
        { "ren'gong'zhi'neng", "人工智能" }, { "lao'shan", "崂山" }, { "ying'shang'huan'jing", "营商环境" },
    };

    [Theory]
    [MemberData(nameof(Words))]
    public void A_word_typed_in_pinyin_finds_every_article_containing_it(string pinyin, string word)
    {
        var containing = ArticlesContaining(word);
        Assert.NotEmpty(containing);

        var result = _index.Search(pinyin);

        Assert.Superset(containing, result.Hits.Select(hit => hit.Id).ToHashSet());
        Assert.Contains(word, result.SpelledAs.SelectMany(part => part));
    }

    [Theory]
    [MemberData(nameof(Words))]
    public void The_word_it_spells_is_marked_in_the_snippets(string pinyin, string word)
    {
        var hits = _index.Search(pinyin).Hits.Where(hit => ArticlesContaining(word).Contains(hit.Id));

        Assert.All(hits, hit => Assert.Contains(Marked(hit), marked => marked.Contains(word, StringComparison.Ordinal)));
    }

    [Fact]
    public void Words_spelled_by_no_single_word_are_found_as_consecutive_words()
    {
        var result = _index.Search("laoshan yingshanghuanjing");

        Assert.Equal(["崂山", "营商环境"], result.SpelledAs.Select(part => part[0]));
        Assert.All(result.Hits, hit => Assert.True(ArticlesContaining("崂山").Contains(hit.Id) && ArticlesContaining("营商环境").Contains(hit.Id)));
        Assert.NotEmpty(result.Hits);
    }

    [Theory]
    [InlineData("lsq", "崂山区")]
    [InlineData("jzs", "胶州市")]
    [InlineData("pds", "平度市")]
    [InlineData("ls", "崂山")]
    public void Initials_of_a_district_find_its_articles(string initials, string district)
    {
        var result = _index.Search(initials);

        Assert.Equal([[district]], result.SpelledAs);
        Assert.Superset(ArticlesContaining(district), result.Hits.Select(hit => hit.Id).ToHashSet());
        Assert.All(result.Hits, hit => Assert.Contains(Marked(hit), marked => marked.Contains(district, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("GDP")]
    [InlineData("Lucene")]
    [InlineData("5G")]
    [InlineData("QFLP")]
    public void Latin_queries_that_spell_no_corpus_word_behave_as_without_pinyin(string query)
    {
        using var withoutPinyin = TestIndex.OfRepositoryCorpus(new SearchOptions { Pinyin = false });

        var expected = withoutPinyin.Search(query);
        var actual = _index.Search(query);

        Assert.Equal(expected.Hits.Select(hit => (hit.Id, hit.Score, string.Join('|', hit.Snippets.Select(snippet => snippet.Html())))), actual.Hits.Select(hit => (hit.Id, hit.Score, string.Join('|', hit.Snippets.Select(snippet => snippet.Html())))));
        Assert.Empty(actual.SpelledAs);
    }

    [Theory]
    [InlineData("xqzvbn")]
    [InlineData("zhuangzhuangzhuang")]
    [InlineData("qwrtp")]
    public void A_nonsense_latin_string_finds_nothing(string query)
    {
        var result = _index.Search(query);

        Assert.Empty(result.Hits);
        Assert.Equal(0, result.Total);
    }

    [Theory]
    [InlineData("shi")]
    [InlineData("an")]
    public void One_syllable_is_not_read_as_pinyin(string query) => Assert.Empty(_index.Search(query).SpelledAs);

    [Fact]
    public void Turned_off_pinyin_finds_nothing()
    {
        using var withoutPinyin = TestIndex.OfRepositoryCorpus(new SearchOptions { Pinyin = false });

        Assert.Empty(withoutPinyin.Search("laoshan").Hits);
        Assert.NotEmpty(_index.Search("laoshan").Hits);
    }

    [Fact]
    public void Articles_holding_the_latin_text_itself_rank_above_those_holding_the_words_it_spells()
    {
        using var index = TestIndex.Of(
            ("a.txt", "# 崂山茶\n\n崂山区的茶叶远近闻名，崂山绿茶品质上乘。"),
            ("b.txt", "# 外文报道\n\n外国游客称这种茶为 Laoshan tea，并在网上推荐。"));

        var hits = index.Search("laoshan").Hits;

        Assert.Equal(["b.txt", "a.txt"], hits.Select(hit => hit.Source));
        Assert.True(hits[0].Exact);
        Assert.False(hits[1].Exact);
    }

    private HashSet<string> ArticlesContaining(string text)
    {
        var folding = CharacterFolding.Default;
        return [.. _index.Articles
            .Where(article => folding.Normalize(IndexedText.Title(article) + "\n" + IndexedText.Body(article)).Contains(text, StringComparison.Ordinal))
            .Select(article => article.Id)];
    }

    private static IEnumerable<string> Marked(Search.Engine.Searching.SearchHit hit) =>
        hit.Snippets.Select(snippet => snippet.Html()).Concat([hit.TitleHtml()]).SelectMany(html => Regex.Matches(html, "<mark>(.*?)</mark>").Select(match => match.Groups[1].Value));
}
