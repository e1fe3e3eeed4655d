using Search.Analysis.SmartCn;

namespace Search.Analysis.Tests.SmartCn;

/// <summary>The edge cases of spec §8 and the worked example of §9, as Lucene 4.10.4 answers them.</summary>
public sealed class SmartChineseAnalyzerTests
{
    private static readonly SmartChineseAnalyzer Analyzer = new();

    /// <summary>Tokens as "term[start,end)", with "+n" when the position increment is not 1.</summary>
    private static string Analyze(string text)
    {
        var previous = -1;
        var parts = Analyzer.Tokenize(text).Select(token =>
        {
            var increment = token.Position - previous;
            previous = token.Position;
            return $"{token.Term}[{token.Start},{token.End})" + (increment == 1 ? "" : $"+{increment}");
        });
        return string.Join(' ', parts);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("Hello World", "hello[0,5) world[6,11)")]
    [InlineData("5G工厂", "5[0,1) g[1,2) 工厂[2,4)")]
    [InlineData("1150.89亿元", "1150[0,4) 89[5,7)+2 亿[7,8) 元[8,9)")]
    [InlineData("6.5%", "6[0,1) 5[2,3)+2")]
    [InlineData("QFLP基金", "qflp[0,4) 基金[4,6)")]
    [InlineData("ＡＢＣ１２３", "abc[0,3) 123[3,6)")]
    [InlineData("Ｈｅｌｌｏ Wｏｒｌｄ２０２４年", "hello[0,5) world[6,11) 2024[11,15) 年[15,16)")]
    [InlineData("１２.５％", "12[0,2) 5[3,4)+2")]
    [InlineData("中 国 人", "中国[0,3) 人[4,5)")]
    [InlineData("中\n国", "中国[0,3)")]
    [InlineData("　　中国　　", "中国[2,4)")]
    [InlineData("Running runs ran easily", "run[0,7) run[8,12) ran[13,16) easili[17,23)")]
    [InlineData("U.S. Army", "u[0,1) s[2,3)+2 armi[5,9)+2")]
    [InlineData("iPhone15手机", "iphon[0,6) 15[6,8) 手机[8,10)")]
    [InlineData("COVID-19疫情", "covid[0,5) 19[6,8)+2 疫情[8,10)")]
    [InlineData("2024年3月5日", "2024[0,4) 年[4,5) 3[5,6) 月[6,7) 5[7,8) 日[8,9)")]
    [InlineData("约合$5.99，即40元", "约[0,1) 合[1,2) 5[3,4)+2 99[5,7)+2 即[8,9)+2 40[9,11) 元[11,12)")]
    [InlineData("第一句。第二句！第三句", "第一[0,2) 句[2,3) 第二[4,6)+2 句[6,7) 第[8,9)+2 三[9,10) 句[10,11)")]
    [InlineData("中华人民共和国成立了", "中华人民共和国[0,7) 成立[7,9) 了[9,10)")]
    [InlineData("髙﨑", "髙[0,1) 﨑[1,2)")]
    [InlineData("日本の首都", "日本[0,2) の[2,3) 首都[3,5)")]
    [InlineData("café", "caf[0,3) é[3,4)")]
    [InlineData("〇一二三四", "一[1,2)+2 二[2,3) 三[3,4) 四[4,5)")]
    [InlineData("①号", "号[1,2)+2")]
    [InlineData("—— “引号” ——", "引号[4,6)+4")]
    [InlineData("新增城乡就业1.7万人以上。", "新增[0,2) 城乡[2,4) 就业[4,6) 1[6,7) 7[8,9)+2 万[9,10) 人[10,11) 以上[11,13)")]
    public void Analyzes_like_lucene(string text, string expected)
    {
        Assert.Equal(expected, Analyze(text));
    }

    [Fact]
    public void A_supplementary_character_becomes_two_one_unit_tokens_like_in_lucene()
    {
        var tokens = Analyzer.Tokenize("𠀀中国");

        Assert.Equal([(0, 1), (1, 2), (2, 4)], tokens.Select(token => (token.Start, token.End)));
        Assert.Equal("\uD840", tokens[0].Term);
        Assert.Equal("中国", tokens[2].Term);
    }

    [Fact]
    public void A_byte_order_mark_is_a_removed_delimiter_that_still_takes_a_position()
    {
        Assert.Equal("中国[1,3)+2", Analyze("\uFEFF中国"));
    }

    [Fact]
    public void A_line_without_breaks_is_cut_every_1024_units_so_no_token_spans_a_cut()
    {
        var text = string.Concat(Enumerable.Repeat("中华人民共和国", 400));

        var tokens = Analyzer.Tokenize(text);

        Assert.DoesNotContain(tokens, token => token.Start < 1024 && token.End > 1024);
        Assert.DoesNotContain(tokens, token => token.Start < 2048 && token.End > 2048);
        Assert.Equal(text.Length, tokens[^1].End);
    }

    [Fact]
    public void Reading_from_a_text_reader_gives_the_same_tokens_as_a_string()
    {
        var text = File.ReadAllText(Search.Tests.RepositoryRoot.Combine("corpus", "001_01de4e52b08519b1.txt"));
        var fromReader = new List<Token>();

        Analyzer.Analyze(new StringReader(text), (term, start, end, position) => fromReader.Add(new Token(term.ToString(), start, end, position)));

        Assert.Equal(Analyzer.Tokenize(text), fromReader);
    }

    [Fact]
    public void Analysing_from_many_threads_at_once_gives_the_same_tokens()
    {
        var text = File.ReadAllText(Search.Tests.RepositoryRoot.Combine("corpus", "000_13824d23c47df48b.txt"));
        var expected = Analyzer.Tokenize(text);

        var results = new IReadOnlyList<Token>[16];
        Parallel.For(0, results.Length, i => results[i] = Analyzer.Tokenize(text));

        Assert.All(results, result => Assert.Equal(expected, result));
    }

    [Fact]
    public void Random_text_always_yields_ordered_in_bounds_tokens()
    {
        const string alphabet = "中国人民崂山区青岛abcXYZ019０９ＡＺ .。，,%\n\r\t　\u2029\uFFFF\uFEFF髙é한𠀀";
        var random = new Random(20261121);
        for (var round = 0; round < 300; round++)
        {
            var length = random.Next(0, 3000);
            var text = string.Concat(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]));

            var tokens = Analyzer.Tokenize(text);

            for (var i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i];
                Assert.True(token.Start >= 0 && token.Start < token.End && token.End <= text.Length, $"round {round}: {token}");
                Assert.NotEmpty(token.Term);
                if (i > 0)
                {
                    Assert.True(token.Start >= tokens[i - 1].End, $"round {round}: {tokens[i - 1]} then {token}");
                    Assert.True(token.Position > tokens[i - 1].Position);
                }
            }
        }
    }
}
