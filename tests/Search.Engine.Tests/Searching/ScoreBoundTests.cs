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

    [Fact]
    public void Is_not_worked_out_where_the_walk_would_move_clauses_under_Lucenes_disjunction_or_a_boost_is_negative()
    {
        var index = fixture.Index.Searcher.Index;
        TermQuery Word(string text) => new(new Lucene.Net.Index.Term("all.words", text));
        var requiredAndTwoOptional = new BooleanQuery(disableCoord: true) { { Word("发展"), Occur.MUST }, { Word("经济"), Occur.SHOULD }, { Word("社会"), Occur.SHOULD } };
        var aMinimumToMatch = new BooleanQuery(disableCoord: true) { { Word("经济"), Occur.SHOULD }, { Word("社会"), Occur.SHOULD } };
        aMinimumToMatch.MinimumNumberShouldMatch = 1;
        var negative = new BooleanQuery(disableCoord: true) { { Word("发展"), Occur.MUST }, { new TermQuery(new Lucene.Net.Index.Term("all.words", "经济")) { Boost = -1 }, Occur.SHOULD } };
        var oneOptional = new BooleanQuery(disableCoord: true) { { Word("发展"), Occur.MUST }, { Word("经济"), Occur.SHOULD } };

        Assert.Null(Bound(requiredAndTwoOptional));
        Assert.Null(Bound(aMinimumToMatch));
        Assert.Null(Bound(negative));
        Assert.NotNull(Bound(oneOptional));

        ScoreBound? Bound(Query query)
        {
            var leaf = index.IndexReader.Leaves[0];
            var scorer = index.CreateNormalizedWeight(query).GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            Assert.NotNull(scorer);
            return ScoreBound.Under(scorer);
        }
    }
}
