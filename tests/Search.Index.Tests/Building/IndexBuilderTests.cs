using Search.Analysis;
using Search.Corpus;
using Search.Index.Building;

namespace Search.Index.Tests.Building;

public sealed class IndexBuilderTests
{
    private static readonly string[] Sentences =
    [
        "崂山区政府工作报告提出，推动高质量发展。", "上合示范区建设提速，𠮷祥物亮相。", "ＧＤＰ增长6.5%，AI产业集聚。",
        "办好民生实事，义务教育优质均衡。", "地铁6号线开通运营。", "城市更新和城市建设三年攻坚行动。",
    ];

    /// <summary>Articles different enough that terms start and stop in every range of docs.</summary>
    private static IEnumerable<Article> Articles(int count) => Enumerable.Range(0, count).Select(i => new Article(
        $"a-{i}", Sentences[i % Sentences.Length][..(4 + i % 7)], null, [], 2020 + i % 6, null, null, [], "gen.jsonl",
        string.Join('\n', Enumerable.Range(0, 1 + i % 4).Select(k => Sentences[(i * 7 + k) % Sentences.Length]))));

    [Fact]
    public void Building_on_several_threads_gives_exactly_the_index_one_thread_gives()
    {
        var one = Build(threads: 1);
        var three = Build(threads: 3);

        Assert.Equal(one.FieldLengths, three.FieldLengths);
        Assert.Equal(one.Terms.Count, three.Terms.Count);
        for (var t = 0; t < one.Terms.Count; t++)
        {
            Assert.Equal((one.Terms[t].Field, one.Terms[t].Representation), (three.Terms[t].Field, three.Terms[t].Representation));
            Assert.Equal(Postings(one.Terms[t]), Postings(three.Terms[t]));
        }
    }

    [Fact]
    public void Terms_are_sorted_by_their_text_and_characters_outside_the_basic_plane_stay_whole()
    {
        var built = Build(threads: 2);
        var characters = built.Terms.Single(terms => terms is { Field: Field.Body, Representation: Representation.Characters }).Terms.Select(term => term.Term).ToList();
        var bigrams = built.Terms.Single(terms => terms is { Field: Field.Body, Representation: Representation.Bigrams }).Terms.Select(term => term.Term).ToList();

        Assert.Equal(characters.Order(StringComparer.Ordinal), characters);
        Assert.Equal(bigrams.Order(StringComparer.Ordinal), bigrams);
        Assert.Contains("𠮷", characters);
        Assert.Contains("gd", bigrams); // full-width folded, lower-cased
        Assert.Contains(",𠮷", bigrams);
        Assert.Contains("𠮷祥", bigrams);
    }

    private static BuiltIndex Build(int threads)
    {
        var builder = new IndexBuilder(WordAnalyzer.Default, threads: threads);
        foreach (var article in Articles(400))
            builder.Add(article);
        return builder.Build();
    }

    /// <summary>Each term with its document frequency and postings bytes, wherever its segment put them.</summary>
    private static List<(string, int, string)> Postings(BuiltTerms terms) =>
        [.. terms.Terms.Select(term => (term.Term, term.DocumentFrequency, Convert.ToHexString(terms.Segments[term.Segment], term.Offset, term.Length)))];
}
