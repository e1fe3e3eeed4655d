using Search.Analysis.Folding;
using Search.Analysis.Recall;

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
}
