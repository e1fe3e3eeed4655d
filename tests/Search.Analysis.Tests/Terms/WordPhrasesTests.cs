using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Search.Analysis.Terms;
using Search.Tests;

namespace Search.Analysis.Tests.Terms;

public sealed class WordPhrasesTests
{
    /// <summary>The phrases the index keeps of a text: the word chain, then <see cref="WordPhrases.Over"/>.</summary>
    private static List<string> Phrases(string text) => Terms(WordPhrases.Over(WordAnalyzer.Default.GetTokenStream("text", text)));

    private static List<string> Terms(TokenStream tokens)
    {
        using var stream = tokens;
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

    [Theory]
    [InlineData("")]
    [InlineData("发展")]
    [InlineData("的和")]
    [InlineData("2024年")]
    public void A_text_without_two_words_in_a_row_has_no_phrase(string text) => Assert.Empty(Phrases(text));

    [Fact]
    public void A_run_ends_at_a_gap_and_the_next_starts_with_the_word_after_it()
    {
        Assert.Equal(["科技 创新", "推动 发展"], Phrases("科技创新，推动发展"));
        Assert.Equal(["推动 发展"], Phrases("创新，推动发展"));
        Assert.Equal(["科技 创新"], Phrases("科技创新，发展"));
    }

    [Fact]
    public void A_user_dictionary_word_is_one_word_of_a_phrase()
    {
        Assert.Contains("发展 新质生产力", Phrases("发展新质生产力"));
    }

    [Fact]
    public void The_phrases_are_Lucenes_shingles_of_the_words_in_every_real_report()
    {
        // Lucene's way to the same phrases: the words a phrase may hold, gaps where the others were,
        // ShingleFilter over them, and no shingle holding a gap's filler.
        static List<string> Shingles(string text)
        {
            var words = new PhraseWordsOnly(WordAnalyzer.Default.GetTokenStream("text", text));
            var shingles = new ShingleFilter(words, 2, WordPhrases.MaxWords);
            shingles.SetOutputUnigrams(false);
            shingles.SetTokenSeparator(WordPhrases.Separator.ToString());
            shingles.SetFillerToken("\uFFFF");
            return [.. Terms(shingles).Where(shingle => !shingle.Contains('\uFFFF'))];
        }

        var reports = Directory.GetFiles(RealReports.Pages, "*.txt");
        Assert.True(reports.Length >= 50);
        foreach (var report in reports)
        {
            var text = File.ReadAllText(report);
            Assert.Equal(Shingles(text), Phrases(text));
        }
    }

    /// <summary>The words a phrase may hold, the others leaving a gap: not a number, a particle or a date unit, nor a second token at one position.</summary>
    private sealed class PhraseWordsOnly(TokenStream input) : FilteringTokenFilter(WordAnalyzer.Version, input)
    {
        private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();
        private readonly IPositionIncrementAttribute _increment = input.AddAttribute<IPositionIncrementAttribute>();

        protected override bool Accept() => _increment.PositionIncrement > 0 && !TermText.BreaksPhrase(_term.ToString());
    }
}
