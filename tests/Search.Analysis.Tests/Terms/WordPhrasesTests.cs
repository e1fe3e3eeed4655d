using Lucene.Net.Analysis.TokenAttributes;
using Search.Analysis.Terms;

namespace Search.Analysis.Tests.Terms;

public sealed class WordPhrasesTests
{
    /// <summary>The phrases the index keeps of a text: the word chain, then <see cref="WordPhrases.Over"/>.</summary>
    private static List<string> Phrases(string text)
    {
        using var stream = WordPhrases.Over(WordAnalyzer.Default.GetTokenStream("text", text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var phrases = new List<string>();
        stream.Reset();
        while (stream.IncrementToken())
            phrases.Add(term.ToString());
        stream.End();
        return phrases;
    }

    [Fact]
    public void Two_and_three_adjacent_words_make_phrases_and_single_words_do_not()
    {
        // 实施 西部 大 开发
        Assert.Equal(["实施 西部", "实施 西部 大", "西部 大", "西部 大 开发", "大 开发"], Phrases("实施西部大开发"));
    }

    [Fact]
    public void No_phrase_spans_punctuation()
    {
        Assert.DoesNotContain(Phrases("扩大内需，稳定物价"), phrase => phrase.Contains("内需 稳定", StringComparison.Ordinal));
        Assert.Contains("稳定 物价", Phrases("扩大内需，稳定物价"));
    }

    [Fact]
    public void Numbers_their_date_units_and_particles_break_phrases()
    {
        // 2024 年 | 生产总值 增长 | 6.5% | 的确 | 是 | 高质量发展
        Assert.Equal(["生产总值 增长"], Phrases("崂山区2024年生产总值增长6.5%，的确是高质量发展"));
        // 有 中国 特色 的 社会主义: 的 and 有 are particles
        Assert.Equal(["中国 特色"], Phrases("有中国特色的社会主义"));
    }

    [Fact]
    public void A_user_dictionary_word_is_one_word_of_a_phrase()
    {
        Assert.Contains("发展 新质生产力", Phrases("发展新质生产力"));
    }
}
