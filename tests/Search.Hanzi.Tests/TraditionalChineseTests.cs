namespace Search.Hanzi.Tests;

public sealed class TraditionalChineseTests
{
    [Theory]
    [InlineData("嶗山區", "崂山区")]
    [InlineData("營商環境", "营商环境")]
    [InlineData("上合示範區", "上合示范区")]
    [InlineData("膠州市", "胶州市")]
    [InlineData("萊西市", "莱西市")]
    [InlineData("政府工作報告", "政府工作报告")]
    public void Simplifies_traditional_text_character_for_character(string traditional, string simplified) =>
        Assert.Equal(simplified, TraditionalChinese.Simplify(traditional));

    [Fact]
    public void Leaves_simplified_text_latin_digits_and_punctuation_as_they_are()
    {
        var text = string.Concat("崂山区2024年GDP增长6.5%，", "营商环境持续优化。Lucene 5G");
        Assert.Same(text, TraditionalChinese.Simplify(text));
    }

    [Fact]
    public void Takes_opencc_first_choice_where_a_character_has_several_simplified_forms()
    {
        // OpenCC: 乾 → 乾 干 is listed with 干 first in TSCharacters; 著 → 著 着 with itself first.
        Assert.Equal('干', TraditionalChinese.Simplified('乾'));
        Assert.Equal('著', TraditionalChinese.Simplified('著'));
    }

    [Fact]
    public void Every_mapping_is_one_basic_plane_character_for_another_never_a_surrogate()
    {
        var mapped = 0;
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            var simplified = TraditionalChinese.Simplified(c);
            if (simplified == c)
                continue;
            mapped++;
            Assert.False(char.IsSurrogate(c), $"U+{code:X4}");
            Assert.False(char.IsSurrogate(simplified), $"U+{code:X4} → U+{(int)simplified:X4}");
            Assert.Equal(simplified, TraditionalChinese.Simplified(simplified)); // resolved to a fixed point
        }
        Assert.Equal(TraditionalChinese.Count, mapped);
        Assert.InRange(mapped, 2500, 4000);
    }

    [Fact]
    public void Simplifies_a_mixed_text_from_its_first_traditional_character_on() =>
        Assert.Equal("崂山区营商环境优化", TraditionalChinese.Simplify("崂山区營商環境優化"));

    [Fact]
    public void Keeps_supplementary_characters_whole()
    {
        const string text = "𠀀乙";
        Assert.Equal(text, TraditionalChinese.Simplify(text));
    }

    [Fact]
    public void Fingerprints_the_table() => Assert.Matches("^[0-9a-f]{12}$", TraditionalChinese.Fingerprint);
}
