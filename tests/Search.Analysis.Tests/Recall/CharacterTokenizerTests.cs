using Search.Analysis.Folding;
using Search.Analysis.Recall;

namespace Search.Analysis.Tests.Recall;

public sealed class CharacterTokenizerTests
{
    private static IReadOnlyList<Token> Tokens(string text) => RecallAnalyzers.Default.Characters.Tokenize(text);

    [Fact]
    public void Every_character_is_a_token_at_consecutive_positions_with_its_own_offsets()
    {
        Assert.Equal([new Token("义", 0, 1, 0), new Token("务", 1, 2, 1), new Token("教", 2, 3, 2), new Token("育", 3, 4, 3)], Tokens("义务教育"));
    }

    [Fact]
    public void White_space_is_skipped_without_leaving_a_gap_so_a_broken_line_still_matches()
    {
        Assert.Equal(["加", "强"], Tokens("加\n\n　强").Select(token => token.Term));
        Assert.Equal([0, 1], Tokens("加\n\n　强").Select(token => token.Position));
    }

    [Fact]
    public void Full_width_ascii_is_folded_and_latin_lower_cased_like_the_query_will_be()
    {
        Assert.Equal("6.5%qflp", string.Concat(Tokens("６．５％ＱＦＬＰ").Select(token => token.Term)));
        Assert.Equal("6.5%qflp", CharacterFolding.Default.Normalize("６．５％ QFLP"));
    }

    [Fact]
    public void A_supplementary_character_stays_whole()
    {
        Assert.Equal([new Token("𠀀", 0, 2, 0), new Token("中", 2, 3, 1)], Tokens("𠀀中"));
    }

    [Fact]
    public void A_text_longer_than_the_read_buffer_is_read_whole()
    {
        var text = string.Concat(Enumerable.Repeat("青岛西海岸新区", 2000));

        var tokens = Tokens(text);

        Assert.Equal(text.Length, tokens.Count);
        Assert.Equal(new Token("区", text.Length - 1, text.Length, text.Length - 1), tokens[^1]);
    }

    [Fact]
    public void The_folded_characters_are_the_normalized_string()
    {
        const string text = "２０２４年 QFLP\n试点　落地";

        Assert.Equal(CharacterFolding.Default.Normalize(text), string.Concat(Tokens(text).Select(token => token.Term)));
    }
}
