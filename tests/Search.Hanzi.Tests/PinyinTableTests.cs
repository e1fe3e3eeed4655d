namespace Search.Hanzi.Tests;

public sealed class PinyinTableTests
{
    [Theory]
    [InlineData('崂', "lao")]
    [InlineData('营', "ying")]
    [InlineData('胶', "jiao")]
    [InlineData('区', "qu")]
    public void Reads_a_character_without_tones(char character, string reading) =>
        Assert.Contains(reading, PinyinTable.ReadingsOf(character));

    [Theory]
    [InlineData('行', "xing", "hang")]
    [InlineData('长', "chang", "zhang")]
    [InlineData('重', "zhong", "chong")]
    public void Keeps_every_reading_of_a_polyphonic_character(char character, string one, string other)
    {
        var readings = PinyinTable.ReadingsOf(character);
        Assert.Contains(one, readings);
        Assert.Contains(other, readings);
    }

    [Fact]
    public void Writes_u_umlaut_as_v_and_as_u()
    {
        Assert.Contains("lv", PinyinTable.ReadingsOf('绿'));
        Assert.Contains("lu", PinyinTable.ReadingsOf('绿'));
        Assert.Contains("nv", PinyinTable.ReadingsOf('女'));
    }

    [Fact]
    public void Knows_no_reading_for_what_is_not_han() =>
        Assert.All("A5，。", c => Assert.Empty(PinyinTable.ReadingsOf(c)));

    [Fact]
    public void Has_every_syllable_of_mandarin_and_no_interjection_without_a_vowel()
    {
        Assert.InRange(PinyinTable.Syllables.Count, 400, 430);
        Assert.True(PinyinTable.IsSyllable("zhuang"));
        Assert.False(PinyinTable.IsSyllable("ng"));
        Assert.False(PinyinTable.IsSyllable("m"));
        Assert.True(PinyinTable.IsSyllablePrefix("zhu"));
        Assert.False(PinyinTable.IsSyllablePrefix("qx"));
    }

    [Fact]
    public void Lists_the_characters_of_a_reading_and_of_an_initial()
    {
        Assert.Contains('崂', PinyinTable.CharactersReading("lao"));
        Assert.DoesNotContain('山', PinyinTable.CharactersReading("lao"));
        var fromL = PinyinTable.CharactersReadingFrom("l");
        Assert.Contains('崂', fromL);
        Assert.Contains('李', fromL);
        Assert.Equal(fromL.Order(), fromL);
    }
}
