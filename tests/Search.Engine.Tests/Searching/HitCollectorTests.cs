using Search.Engine.Searching;
using Search.Places;

namespace Search.Engine.Tests.Searching;

/// <summary>
/// A collector keeping the best k hits passes over docs that cannot enter them (by what they may be
/// and score at most, before their positions are read), and still keeps exactly the first k hits of
/// a collector keeping every match, with their scores and exact flags: on the five pages and ten
/// State Council reports, for every query shape, both sorts, with and without a place.
/// </summary>
public sealed class HitCollectorTests(ReportsIndexFixture fixture) : IClassFixture<ReportsIndexFixture>
{
    [Theory]
    [MemberData(nameof(ScoreBoundTests.Queries), MemberType = typeof(ScoreBoundTests))]
    public void The_best_k_hits_are_the_first_k_of_all_hits(string text)
    {
        var index = fixture.Index.Searcher.Index;
        var compiled = fixture.Index.Searcher.Prepare(text).Compiled;
        foreach (var places in new[] { Array.Empty<Place>(), [.. global::Search.Tests.Named.Places("青岛市")] })
        {
            foreach (var sort in new[] { SortOrder.Relevance, SortOrder.Date })
            {
                // Keeping every match, no doc is passed over: each one's exactness and score are read.
                var all = Collect(keep: index.IndexReader.MaxDoc);
                var everyHit = all.Top();
                Assert.True(everyHit.Count > 0 || places.Length > 0);
                Assert.Equal(everyHit.Any(hit => hit.Exact), all.FoundExact);
                foreach (var keep in new[] { 1, 2, 3, 5, 8 })
                {
                    var best = Collect(keep);
                    Assert.Equal(everyHit.Take(keep), best.Top());
                    Assert.Equal(all.FoundExact, best.FoundExact);
                    Assert.Equal(all.Total, best.Total);
                }

                HitCollector Collect(int keep)
                {
                    var collector = new HitCollector(index, compiled, places, new HashSet<int>(), sort, keep);
                    index.Search(compiled.Query, collector);
                    return collector;
                }
            }
        }
    }
}
