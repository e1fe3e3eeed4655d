using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
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
            {
                Assert.Equal(expected.Get(leaf.Ord) is null, states[i].Get(leaf.Ord) is null);
                // Each state is the term's own, not the last one the shared enumerator stood on.
                if (states[i].Get(leaf.Ord) is { } state)
                    Assert.Equal(Docs(leaf.AtomicReader.GetTermDocsEnum(terms[i])), Docs(Seek(leaf, terms[i], state)));
            }
        }
        Assert.Equal([2, 2, 0, 2, 1, 2], states.Select(state => state.DocFreq));
    }

    private static DocsEnum Seek(AtomicReaderContext leaf, Term term, TermState state)
    {
        var termsEnum = leaf.AtomicReader.Fields.GetTerms(term.Field).GetEnumerator();
        termsEnum.SeekExact(term.Bytes, state);
        return termsEnum.Docs(null, null);
    }

    private static List<int> Docs(DocsEnum docs)
    {
        var found = new List<int>();
        for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            found.Add(doc);
        return found;
    }

    [Fact]
    public void Terms_of_two_fields_are_refused() =>
        Assert.Throws<ArgumentException>(() => TermStates.Build(new MultiReader().Context, [new Term("a", "x"), new Term("b", "x")]));
}
