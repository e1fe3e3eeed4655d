using Lucene.Net.Index;
using Search.Places;
using Search.Tests;

namespace Search.Index.Tests;

public sealed class SegmentFactsTests
{
    [Fact]
    public void Every_docs_places_the_places_above_them_year_date_and_order_are_read_into_arrays()
    {
        using var index = new TemporaryIndex();
        index.Add("a.txt", "ha",
            TemporaryIndex.Article("a-1", places: ["崂山区", "平度市"], year: 2024, date: new DateOnly(2024, 1, 8)),
            TemporaryIndex.Article("a-2"));

        using var reader = index.Open().IndexReader;
        var facts = SegmentFacts.Of(Assert.Single(reader.Leaves).AtomicReader);

        static int Ordinal(string name) => Gazetteer.OrdinalOf(Named.Place(name).Code);
        Assert.Equal([Ordinal("崂山区"), Ordinal("平度市")], facts.Places[0].ToArray());
        Assert.Equal(new[] { "山东省", "青岛市", "崂山区", "平度市" }.Select(Ordinal).Order(), facts.Within[0].ToArray().Order());
        Assert.Empty(facts.Places[1].ToArray());
        Assert.Empty(facts.Within[1].ToArray());
        Assert.Equal([2024, 0], facts.Years);
        Assert.Equal([new DateOnly(2024, 1, 8).DayNumber, (int)ArticleDocument.NoDate], facts.Dates);
        Assert.Equal([0, 1], facts.Orders);
    }

    [Fact]
    public void A_segment_is_read_once_while_its_core_lives_so_a_reopened_reader_reads_only_new_segments()
    {
        using var index = new TemporaryIndex();
        index.Add("a.txt", "ha", TemporaryIndex.Article("a-1", year: 2024));
        using var first = DirectoryReader.Open(index.Directory);
        index.Add("b.txt", "hb", TemporaryIndex.Article("b-1", year: 2025)); // a second segment
        using var second = DirectoryReader.OpenIfChanged(first);

        Assert.Same(SegmentFacts.Of(first.Leaves[0].AtomicReader), SegmentFacts.Of(second.Leaves[0].AtomicReader));
        Assert.Equal(2, second.Leaves.Count);
    }
}
