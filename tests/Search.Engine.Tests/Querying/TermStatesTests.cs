using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Analysis;
using Search.Engine.Querying;

namespace Search.Engine.Tests.Querying;

/// <summary>
/// <see cref="TermStates"/> looks terms up through one enumerator a segment, and finds what Lucene's
/// <see cref="TermContext.Build"/> finds term by term: the same segments, document frequencies and
/// total frequencies, whether a term is in every segment, some, or none, and where a segment lacks the field.
/// </summary>
public sealed class TermStatesTests
{
    [Fact]
    public void Each_term_has_the_state_Lucene_builds_for_it_alone_in_every_segment()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(WordAnalyzer.Version, new WhitespaceAnalyzer(WordAnalyzer.Version))))
        {
            // Three segments: the third has no "text" field at all.
            foreach (var segment in new[] { new[] { "甲 乙 乙", "乙 丙" }, new[] { "丙 丙 丁", "甲" }, new string[] { } })
            {
                foreach (var text in segment)
                    writer.AddDocument([new TextField("text", text, Field.Store.NO)]);
                if (segment.Length == 0)
                    writer.AddDocument([new TextField("other", "甲", Field.Store.NO)]);
                writer.Commit();
            }
        }
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(3, reader.Leaves.Count);
        Term[] terms = [.. new[] { "乙", "甲", "戊", "丙", "丁", "甲" }.Select(text => new Term("text", text))];

        var states = TermStates.Build(reader.Context, terms);

        for (var i = 0; i < terms.Length; i++)
        {
            var expected = TermContext.Build(reader.Context, terms[i]);
            Assert.Equal(expected.DocFreq, states[i].DocFreq);
            Assert.Equal(expected.TotalTermFreq, states[i].TotalTermFreq);
            foreach (var leaf in reader.Leaves)
                Assert.Equal(expected.Get(leaf.Ord) is null, states[i].Get(leaf.Ord) is null);
        }
        Assert.Equal([2, 2, 0, 2, 1, 2], states.Select(state => state.DocFreq));
    }

    [Fact]
    public void Terms_of_two_fields_are_refused() =>
        Assert.Throws<ArgumentException>(() => TermStates.Build(new MultiReader().Context, [new Term("a", "x"), new Term("b", "x")]));
}
