using Search.Analysis.Recall;

namespace Search.Analysis.Tests.Recall;

public sealed class BigramFilterTests
{
    private static IReadOnlyList<Token> Bigrams(string text) => RecallAnalyzers.Default.Bigrams.Tokenize(text);

    [Fact]
    public void Each_character_is_paired_with_the_next_at_the_first_ones_position_spanning_both()
    {
        Assert.Equal([new Token("义务", 0, 2, 0), new Token("务教", 1, 3, 1), new Token("教育", 2, 4, 2)], Bigrams("义务教育"));
    }

    [Fact]
    public void Pairs_run_across_white_space_which_takes_no_position()
    {
        Assert.Equal([new Token("加强", 0, 4, 0)], Bigrams("加\n\n强"));
    }

    [Fact]
    public void One_character_has_no_pair_and_supplementary_characters_pair_whole()
    {
        Assert.Empty(Bigrams("港"));
        Assert.Empty(Bigrams(""));
        Assert.Equal([new Token("𠀀中", 0, 3, 0), new Token("中𠀀", 2, 5, 1)], Bigrams("𠀀中𠀀"));
    }

    [Fact]
    public void Pairs_are_folded_like_the_characters()
    {
        Assert.Equal(["5g", "g工", "工厂"], Bigrams("５Ｇ工厂").Select(token => token.Term));
    }

    [Fact]
    public void A_reused_analyzer_starts_each_text_afresh()
    {
        Assert.Equal(["上合"], Bigrams("上合").Select(token => token.Term));
        Assert.Equal(["示范"], Bigrams("示范").Select(token => token.Term));
    }
}
