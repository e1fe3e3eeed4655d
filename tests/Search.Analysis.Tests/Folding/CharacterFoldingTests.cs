using Search.Analysis.Folding;

namespace Search.Analysis.Tests.Folding;

public sealed class CharacterFoldingTests
{
    [Fact]
    public void Skips_exactly_the_white_space_and_control_characters_of_the_whole_basic_plane()
    {
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            var expected = char.IsWhiteSpace(c) || (char.IsControl(c) && !char.IsSurrogate(c));
            Assert.True(expected == CharacterFolding.IsSkipped(c), $"U+{code:X4}");
        }
    }

    [Theory]
    [InlineData('Ａ', 'a')]
    [InlineData('ｚ', 'z')]
    [InlineData('１', '1')]
    [InlineData('Q', 'q')]
    [InlineData('青', '青')]
    [InlineData('，', ',')]
    public void Folds_full_width_to_ascii_and_upper_case_to_lower(char c, char folded) =>
        Assert.Equal(folded, CharacterFolding.Default.Fold(c));

    [Theory]
    [InlineData('區', '区')]
    [InlineData('營', '营')]
    [InlineData('Ｑ', 'q')]
    public void By_default_folds_traditional_characters_to_simplified_too(char c, char folded) =>
        Assert.Equal(folded, CharacterFolding.Default.Fold(c));

    [Fact]
    public void Width_and_case_alone_leave_traditional_characters_as_they_are()
    {
        Assert.Equal('區', CharacterFolding.WidthAndCase.Fold('區'));
        Assert.Equal('q', CharacterFolding.WidthAndCase.Fold('Ｑ'));
        Assert.False(CharacterFolding.WidthAndCase.FoldsTraditional);
    }

    [Fact]
    public void Normalizing_drops_white_space_and_folds_every_other_character()
    {
        Assert.Equal("崂山区营商环境6.5%qflp", CharacterFolding.Default.Normalize("嶗山 區\n營商環境 ６．５％ QFLP"));
        Assert.Equal("嶗山區", CharacterFolding.WidthAndCase.Normalize("嶗山 區"));
    }

    [Fact]
    public void Folding_each_character_keeps_the_length_and_the_white_space() =>
        Assert.Equal("崂山 区\nq", CharacterFolding.Default.FoldEach("嶗山 區\nＱ"));

    [Fact]
    public void Knows_the_characters_it_changes()
    {
        Assert.True(CharacterFolding.Default.Changed.Contains('區'));
        Assert.False(CharacterFolding.WidthAndCase.Changed.Contains('區'));
        Assert.True(CharacterFolding.WidthAndCase.Changed.Contains(' '));
        Assert.False(CharacterFolding.Default.Changed.Contains('区'));
    }
}
