using Search.Index.Overlap;

namespace Search.Index.Tests.Overlap;

/// <summary>A sketch keeps the same runs of the same wording however it is printed, and tells how much two texts share.</summary>
public sealed class TextSketchTests
{
    private const string Report = "坚持高端引领、创新驱动、集群发展，大力推进新型工业化，持续做大做强四大主导产业和7条重点产业链，培育壮大新质生产力，全面提升核心竞争力。" +
        "坚持促消费、扩投资、抓招商与稳外贸稳外资协同发力，巩固和增强经济回升向好态势。深入实施城市更新行动，把精细化理念贯穿规划、建设、管理全过程。";

    [Fact]
    public void Is_sorted_distinct_and_samples_about_one_run_in_sixteen()
    {
        var sketch = TextSketch.Of(Report);

        Assert.Equal(sketch.Order().Distinct(), sketch);
        Assert.All(sketch, value => Assert.Equal(0u, value % TextSketch.SampleRate));
        var runs = Report.Count(char.IsLetterOrDigit) - TextSketch.ShingleLength + 1;
        Assert.InRange(sketch.Length, runs / TextSketch.SampleRate / 3, runs / TextSketch.SampleRate * 3);
    }

    [Fact]
    public void Punctuation_spacing_width_and_traditional_characters_do_not_change_it()
    {
        var reset = "坚持高端引领 创新驱动 集群发展\n大力推进新型工业化，持续做大做强四大主导产业和７条重点产业链，培育壮大新质生产力，全面提升核心竞争力" +
            "坚持促消费、扩投资、抓招商与稳外贸稳外资协同发力，鞏固和增強經濟回升向好态势。深入实施城市更新行动，把精细化理念贯穿“规划、建设、管理”全过程。";

        Assert.Equal(TextSketch.Of(Report), TextSketch.Of(reset));
    }

    [Fact]
    public void A_text_that_quotes_part_of_another_shares_that_part_of_its_sketch()
    {
        var quoted = "记者从会上获悉，" + Report[..70] + "这是今年的重点。";
        var (whole, part) = (TextSketch.Of(Report), TextSketch.Of(quoted));

        var shared = whole.Intersect(part).Count();
        Assert.InRange(shared, 1, part.Length);
        Assert.True(shared < whole.Length);
        Assert.Empty(whole.Intersect(TextSketch.Of("完全不同的一段文字，讲的是另一件事情，和上面没有关系。")));
    }

    [Fact]
    public void A_text_shorter_than_a_run_has_an_empty_sketch_and_no_wording_hash()
    {
        Assert.Empty(TextSketch.Of("七个提质争先"));
        Assert.Equal(0, TextSketch.WordingHash("七个提质争先"));
    }

    [Fact]
    public void The_wording_hash_is_the_same_for_the_same_words_printed_differently_and_differs_for_other_words()
    {
        var reset = Report.Replace("，", " ").Replace("7", "７").Replace("巩固", "鞏固").Replace("。", "\n");

        Assert.Equal(TextSketch.WordingHash(Report), TextSketch.WordingHash(reset));
        Assert.NotEqual(TextSketch.WordingHash(Report), TextSketch.WordingHash(Report.Replace("四大", "五大")));
    }
}
