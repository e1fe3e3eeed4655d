using Search.Analysis.Folding;
using Search.Tests;

namespace Search.Analysis.Tests.Folding;

/// <summary>
/// Traditional text analyses as the simplified text it stands for, in every chain, with offsets into
/// the text as given: SmartCn reads it simplified (its dictionaries know no 營商環境), and the recall
/// chains fold each character.
/// </summary>
public sealed class TraditionalAnalysisTests
{
    public static TheoryData<string> Texts => new(
        "崂山区优化营商环境", "上合示范区建设取得新进展", "胶州市政府工作报告提出", "发展新质生产力，建设现代化产业体系");

    [Theory]
    [MemberData(nameof(Texts))]
    public void Words_of_traditional_text_are_the_words_of_the_simplified_text_at_the_same_offsets(string simplified)
    {
        var traditional = TraditionalText.From(simplified);
        Assert.NotEqual(simplified, traditional);

        Assert.Equal(WordAnalyzer.Default.Tokenize(simplified), WordAnalyzer.Default.Tokenize(traditional));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Characters_and_pairs_of_traditional_text_are_those_of_the_simplified_text(string simplified)
    {
        var traditional = TraditionalText.From(simplified);
        var recall = WordAnalyzer.Default.Recall;

        Assert.Equal(recall.Characters.Tokenize(simplified), recall.Characters.Tokenize(traditional));
        Assert.Equal(recall.Bigrams.Tokenize(simplified), recall.Bigrams.Tokenize(traditional));
    }

    [Fact]
    public void Without_folding_traditional_text_is_segmented_as_it_stands()
    {
        var analyzer = WordAnalyzer.WithoutTraditionalFolding;

        Assert.DoesNotContain(analyzer.Tokenize("優化營商環境"), token => token.Term == "营商环境");
        Assert.Equal("區", analyzer.Recall.Characters.Tokenize("區")[0].Term);
        Assert.Same(CharacterFolding.WidthAndCase, analyzer.Folding);
    }

    [Fact]
    public void The_char_filter_simplifies_what_it_reads_one_unit_for_one()
    {
        using var filter = new SimplifyingCharFilter(new StringReader("嶗山區 QFLP"));

        Assert.Equal("崂山区 QFLP", filter.ReadToEnd());
    }
}
