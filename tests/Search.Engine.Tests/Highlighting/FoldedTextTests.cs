using Search.Analysis.Folding;
using Search.Engine.Highlighting;

namespace Search.Engine.Tests.Highlighting;

public sealed class FoldedTextTests
{
    [Fact]
    public void White_space_is_dropped_full_width_folded_and_latin_lower_cased()
    {
        using var folded = FoldedText.Of("崂山 区\n２０２４年ＱＦＬＰ，AI\t产业", CharacterFolding.Default);

        Assert.Equal("崂山区2024年qflp,ai产业", folded.Text.ToString());
    }

    [Fact]
    public void Every_folded_unit_maps_back_to_its_offset_in_the_original()
    {
        const string original = "  上合\n示范区 ＡＢ  c\r\n\r\n港";
        using var folded = FoldedText.Of(original, CharacterFolding.Default);

        var expected = original.Select((c, i) => (c, i)).Where(pair => !char.IsWhiteSpace(pair.c)).Select(pair => pair.i).ToArray();
        Assert.Equal(expected, Enumerable.Range(0, folded.Text.Length).Select(folded.Original).ToArray());
    }

    [Fact]
    public void Both_halves_of_a_surrogate_pair_map_to_where_the_pair_starts()
    {
        using var folded = FoldedText.Of("甲 𠀀乙", CharacterFolding.Default);

        Assert.Equal("甲𠀀乙", folded.Text.ToString());
        Assert.Equal([0, 2, 2, 4], Enumerable.Range(0, folded.Text.Length).Select(folded.Original).ToArray());
    }

    [Fact]
    public void A_text_of_nothing_but_white_space_folds_to_nothing()
    {
        using var folded = FoldedText.Of(" \n\t\u3000", CharacterFolding.Default);

        Assert.Equal("", folded.Text.ToString());
    }
}
