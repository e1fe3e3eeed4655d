using Lucene.Net.Analysis.Cn.Smart;
using Search.Analysis.Filters;
using Search.Tests;

namespace Search.Analysis.Tests.Filters;

public sealed class WordAnalyzerTests
{
    private static readonly WordAnalyzer SmartCn = WordAnalyzer.SmartCnOnly;
    private static readonly WordAnalyzer UserWords = new(UserDictionary.Default, numbersAsTyped: false);
    private static readonly WordAnalyzer Numbers = new(null, numbersAsTyped: true);

    private static string Terms(WordAnalyzer analyzer, string text) =>
        string.Join(' ', analyzer.Tokenize(text).Select(token => $"{token.Term}@{token.Position}"));

    [Fact]
    public void Without_filters_it_is_exactly_lucenes_smart_chinese_analyzer()
    {
        var text = File.ReadAllText(RepositoryRoot.Combine("corpus", "003_3f2e752e9eca7191.txt"));

        Assert.Equal(new SmartChineseAnalyzer(WordAnalyzer.Version).Tokenize(text), SmartCn.Tokenize(text));
    }

    [Fact]
    public async Task Warming_up_loads_once_however_often_asked_and_leaves_analysis_as_it_was()
    {
        var first = WordAnalyzer.WarmUp();

        Assert.Same(first, WordAnalyzer.WarmUp());
        await first.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.True(first.IsCompletedSuccessfully);
        Assert.Equal("优化@0 营商环境@1", Terms(UserWords, "优化营商环境"));
    }

    [Theory]
    [InlineData("上合示范区", "上合示范区@0")]
    [InlineData("优化营商环境", "优化@0 营商环境@1")]
    [InlineData("培育新质生产力", "培育@0 新质生产力@1")]
    [InlineData("聚力提质争先", "聚@0 力@1 提质争先@2")]
    [InlineData("城阳加快发展", "城阳@0 加快@2 发展@3")]
    public void User_dictionary_words_spelled_by_several_tokens_become_one(string text, string expected)
    {
        Assert.Equal(expected, Terms(UserWords, text));
    }

    [Fact]
    public void The_merged_token_spans_its_parts_in_the_text()
    {
        var token = Assert.Single(UserWords.Tokenize("上合示范区"));

        Assert.Equal(new Token("上合示范区", 0, 5, 0), token);
    }

    [Fact]
    public void Tokens_separated_by_punctuation_or_space_are_not_merged()
    {
        Assert.Equal("上@0 合@2", Terms(UserWords, "上，合"));
        Assert.Equal("上@0 合@1", Terms(UserWords, "上 合"));
    }

    [Fact]
    public void Of_two_overlapping_words_the_more_frequent_wins()
    {
        var dictionary = UserDictionary.Parse(new StringReader("上合 5\n合作 50\n# a comment\n\n"));
        var analyzer = new WordAnalyzer(dictionary, numbersAsTyped: false);

        Assert.Equal(2, dictionary.Words.Count);
        Assert.Equal(50, dictionary.Frequency("合作"));
        Assert.Equal("上@0 合作@1", Terms(analyzer, "上合作"));
    }

    [Fact]
    public void A_word_is_found_across_tokens_whose_first_ones_spell_no_word_but_begin_one()
    {
        var dictionary = UserDictionary.Parse(new StringReader("上合示范区\n"));
        var analyzer = new WordAnalyzer(dictionary, numbersAsTyped: false);

        Assert.True(dictionary.IsPrefix("上合"));
        Assert.Null(dictionary.Frequency("上合"));
        Assert.False(dictionary.IsPrefix("合示"));
        Assert.Equal("上合示范区@0 建设@3", Terms(analyzer, "上合示范区建设"));
    }

    [Theory]
    [InlineData("增长6.5%", "增长@0 6@1 6.5%@1 5@3")]
    [InlineData("1150.89亿元", "1150@0 1150.89@0 89@2 亿@3 元@4")]
    [InlineData("5G工厂", "5@0 5g@0 g@1 工厂@2")]
    [InlineData("2024年", "2024@0 2024年@0 年@1")]
    [InlineData("增长６．５％", "增长@0 6@1 6.5%@1 5@3")]
    [InlineData("2024", "2024@0")]
    [InlineData("iPhone15手机", "iphon@0 15@1 手机@2")]
    public void Numbers_are_also_kept_whole_as_typed_at_the_position_of_their_first_part(string text, string expected)
    {
        Assert.Equal(expected, Terms(Numbers, text));
    }

    [Fact]
    public void The_default_pipeline_applies_both_filters()
    {
        Assert.Equal("上合@0 增长@2 6@3 6.5%@3 5@5", Terms(WordAnalyzer.Default, "上合增长6.5%"));
    }

    [Fact]
    public void A_reused_analyzer_captures_each_new_text_for_the_numbers_filter()
    {
        Assert.Equal("增长@0 6@1 6.5%@1 5@3", Terms(Numbers, "增长6.5%"));
        Assert.Equal("下降@0 1@1 1.2%@1 2@3", Terms(Numbers, "下降1.2%"));
    }

    [Fact]
    public void Analysing_from_many_threads_at_once_gives_the_same_tokens()
    {
        var text = File.ReadAllText(RepositoryRoot.Combine("corpus", "001_01de4e52b08519b1.txt"));
        var expected = WordAnalyzer.Default.Tokenize(text);

        Parallel.For(0, 8, _ => Assert.Equal(expected, WordAnalyzer.Default.Tokenize(text)));
    }

    [Fact]
    public void On_the_corpus_the_user_dictionary_keeps_the_domain_words_whole()
    {
        var text = string.Concat(Directory.GetFiles(RepositoryRoot.Combine("corpus"), "*.txt").Order().Select(File.ReadAllText));

        int Count(IReadOnlyList<Token> tokens, string word) => tokens.Count(token => token.Term == word);
        var plain = SmartCn.Tokenize(text);
        var merged = UserWords.Tokenize(text);

        Assert.Equal(0, Count(plain, "上合"));
        Assert.Equal(30, Count(merged, "上合"));
        Assert.Equal(23, Count(merged, "提质争先"));
        Assert.Equal(4, Count(merged, "营商环境"));
        Assert.Equal(21, Count(merged, "高质量发展"));
        Assert.True(merged.Count < plain.Count);
    }
}
