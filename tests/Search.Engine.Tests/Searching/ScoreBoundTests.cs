using Lucene.Net.Search;
using Search.Engine.Searching;

namespace Search.Engine.Tests.Searching;

/// <summary>
/// The bound a collector passes docs over by is never below the score: for every doc every query
/// shape matches in the five pages and ten State Council reports, asked before the score as a
/// collector asks it — and known for every shape the compiler makes, or nothing would be passed over.
/// </summary>
public sealed class ScoreBoundTests(ReportsIndexFixture fixture) : IClassFixture<ReportsIndexFixture>
{
    public static TheoryData<string> Queries => new(
        "高质量发展", "经济社会发展", "义务教育", "民生", "港", "城市建设 民生", "科技创新 OR 自主创新", "改革开放 -农业",
        "\"经济体制改革\"", "title:报告", "转变经济发展方式 社会主义", "jingji", "黄岛 发展", "jingji fazhan");

    [Theory]
    [MemberData(nameof(Queries))]
    public void Is_at_least_the_score_of_every_doc_matched(string text)
    {
        var index = fixture.Index.Searcher.Index;
        var compiled = fixture.Index.Searcher.Prepare(text).Compiled;
        var weight = index.CreateNormalizedWeight(compiled.Query);
        var matched = 0;
        foreach (var leaf in index.IndexReader.Leaves)
        {
            if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } scorer)
                continue;
            var bound = ScoreBound.Under(scorer);
            Assert.NotNull(bound);
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                var atMost = bound.Of(doc);
                var score = scorer.GetScore();
                Assert.True(score <= atMost * (1 + 1e-6), $"doc {doc}: score {score} above its bound {atMost}");
                matched++;
            }
        }
        Assert.True(matched > 0);
    }
}
