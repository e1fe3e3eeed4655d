using Search.Engine.Querying;
using Search.Engine.Searching;
using Search.Places;
using Search.Tests;

namespace Search.Engine.Tests.Searching;

/// <summary>
/// A search split in two halves of the index, run on two threads and added together, answers
/// exactly as the search over the whole index: same total, whether any hit is exact, hits in the same order
/// with the same scores, and both facets — wherever the halves meet, on the five pages printed
/// with one page twice (so that an article's printings fall in different halves).
/// </summary>
public sealed class SlicedSearchTests : IDisposable
{
    private static readonly string[] Queries = ["", "提质争先", "民生实事", "崂山", "高质量发展", "义务教育", "城市建设 民生", "港 OR 海"];

    private readonly TestIndex _index;

    public SlicedSearchTests()
    {
        var pages = Directory.GetFiles(RepositoryRoot.Combine("corpus"), "*.txt").Order()
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path))).ToArray();
        _index = TestIndex.Of([.. pages, ("zzz_again.txt", pages[0].Item2)]);
    }

    [Fact]
    public void Two_halves_added_together_answer_as_the_whole_index_wherever_they_meet()
    {
        var index = _index.Searcher.Index;
        var maxDoc = index.IndexReader.MaxDoc;
        Assert.True(index.Copies.Groups > 0);
        foreach (var text in Queries)
        {
            var parsed = QueryParser.Parse(text);
            var compiled = QueryCompiler.Compile(parsed, Analysis.WordAnalyzer.Default);
            foreach (var places in new[] { Array.Empty<Place>(), [.. Named.Places("崂山区")] })
            {
                foreach (var sort in new[] { SortOrder.Relevance, SortOrder.Date })
                {
                    HitCollector NewCollector() => new(index, compiled, places, new HashSet<int>(), sort, keep: 5);
                    var whole = NewCollector();
                    index.Search(compiled.Query, whole);
                    var expected = Answer(whole);

                    for (var middle = 1; middle < maxDoc; middle++)
                        Assert.Equal(expected, Answer(SlicedSearch.Split(index, compiled.Query, NewCollector, middle)));
                }
            }
        }
    }

    /// <summary>Everything a collector answers, as one comparable string.</summary>
    private static string Answer(HitCollector collector)
    {
        var facets = collector.Facets();
        return string.Join(" | ",
            $"{collector.Total} {collector.FoundExact}",
            string.Join(",", collector.Top().Select(hit => $"{hit.Doc}:{hit.Score:F5}:{hit.Exact}")),
            string.Join(",", facets.Place.All().Select(value => $"{value.Value.Code}={value.Count}")),
            string.Join(",", facets.Year.Select(value => $"{value.Value}={value.Count}")));
    }

    public void Dispose() => _index.Dispose();
}
