using Lucene.Net.Analysis;
using Search.Analysis.Filters;

namespace Search.Analysis.Tests.Filters;

/// <summary>What the index's chains do with text no article should hold: no token Lucene would refuse, no fault it would mistake for its own.</summary>
public sealed class AnalysisGuardTests
{
    [Theory]
    [InlineData('1')]
    [InlineData('x')]
    public void A_run_of_forty_thousand_digits_or_letters_gives_no_token_longer_than_the_limit(char repeated)
    {
        var text = "崂山区：" + new string(repeated, 40_000) + "。";

        var tokens = WordAnalyzer.Default.Tokenize(text);

        Assert.NotEmpty(tokens);
        Assert.All(tokens, token => Assert.True(token.Term.Length <= WordAnalyzer.MaxTokenLength, $"a token of {token.Term.Length} characters"));
    }

    [Fact]
    public void Numbers_as_typed_stay_linear_in_a_text_full_of_numbers()
    {
        // 20,000 numbers in one text: inserting each whole-number token into the list moved the rest (quadratic).
        var text = string.Concat(Enumerable.Repeat("生产总值增长6.5%左右，", 20_000));

        var tokens = WordAnalyzer.Default.Tokenize(text);

        Assert.Equal(20_000, tokens.Count(token => token.Term == "6.5%"));
    }

    [Fact]
    public void Analysis_past_its_deadline_stops_with_a_timeout_naming_the_setting()
    {
        var text = string.Concat(Enumerable.Repeat("崂山区会议开幕，全区生产总值增长。", 2_000));

        var failure = Assert.Throws<AnalysisTimeoutException>(() =>
        {
            using (AnalysisDeadline.Start(TimeSpan.Zero))
                WordAnalyzer.Default.Tokenize(text);
        });

        Assert.Contains("Search:MaxSecondsPerArticle", failure.Message);
        Assert.NotEmpty(WordAnalyzer.Default.Tokenize(text)); // the deadline ended with its scope
    }

    [Fact]
    public void Every_recall_chain_keeps_the_deadline_too()
    {
        var text = new string('崂', 5_000);

        using (AnalysisDeadline.Start(TimeSpan.Zero))
        {
            Assert.Throws<AnalysisTimeoutException>(() => WordAnalyzer.Default.Recall.Characters.Tokenize(text));
            Assert.Throws<AnalysisTimeoutException>(() => WordAnalyzer.Default.Recall.Bigrams.Tokenize(text));
        }
    }

    [Fact]
    public void A_fault_below_the_guard_is_said_as_the_documents_not_the_indexs()
    {
        using var stream = new AnalysisGuard(new FailingTokenizer());

        stream.Reset();
        var failure = Assert.Throws<AnalysisException>(() => stream.IncrementToken());

        Assert.Contains("InvalidOperationException: the tokenizer broke", failure.Message);
        Assert.IsType<InvalidOperationException>(failure.InnerException);
    }

    private sealed class FailingTokenizer() : Tokenizer(new StringReader("x"))
    {
        public override bool IncrementToken() => throw new InvalidOperationException("the tokenizer broke");
    }
}
