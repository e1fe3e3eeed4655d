using Search.Index.Building;
using Search.Index.Postings;

namespace Search.Index.Tests.Building;

public sealed class PostingsMergerTests
{
    [Fact]
    public void Runs_of_consecutive_doc_ranges_merge_into_the_postings_of_the_whole()
    {
        (string Term, int Doc, int Position)[] occurrences =
            [("b", 1, 4), ("a", 1, 9), ("b", 3, 0), ("c", 70, 2), ("a", 200, 5), ("a", 200, 6), ("b", 300, 1)];

        var whole = Merge([Run(occurrences)]);
        var parts = Merge([Run(occurrences.Where(o => o.Doc < 100)), Run(occurrences.Where(o => o.Doc is >= 100 and < 250)), Run(occurrences.Where(o => o.Doc >= 250))]);

        Assert.Equal(["a", "b", "c"], whole.Terms.Select(term => term.Term));
        Assert.Equal([2, 3, 1], whole.Terms.Select(term => term.DocumentFrequency));
        Assert.Equal(Flatten(whole), Flatten(parts));
    }

    [Fact]
    public void Runs_out_of_doc_order_are_refused()
    {
        var early = Run([("a", 1, 0)]);
        var late = Run([("a", 5, 0)]);

        Assert.Throws<InvalidOperationException>(() => Merge([late, early]));
    }

    [Fact]
    public void Packed_units_order_as_their_strings_do_and_unpack_to_them()
    {
        string[] names = ["中文", "A", "Ab", "a", "𠮷", "𠮷祥", "祥𠮷", "ｚ", "𠮷𠮷", "\uD842x"];

        var byNumber = names.OrderBy(name => PackedUnits.Of(name)).ToList();

        Assert.Equal(names.Order(StringComparer.Ordinal), byNumber);
        Assert.All(names, name => Assert.Equal(name, PackedUnits.Name(PackedUnits.Of(name))));
        Assert.Equal(PackedUnits.Of("𠮷祥"), PackedUnits.Concat(PackedUnits.Of("𠮷"), PackedUnits.Of("祥")));
        Assert.Equal(PackedUnits.Of("祥𠮷"), PackedUnits.Concat(PackedUnits.Of("祥"), PackedUnits.Of("𠮷")));
    }

    private static PostingsRun<string> Run(IEnumerable<(string Term, int Doc, int Position)> occurrences)
    {
        var table = new TermTable<string>(withPositions: true, StringComparer.Ordinal);
        foreach (var (term, doc, position) in occurrences)
            table.Add(term, doc, position);
        return table.ToRun(StringComparer.Ordinal);
    }

    private static BuiltTerms Merge(PostingsRun<string>[] runs) =>
        PostingsMerger.Merge(Field.Body, Representation.Bigrams, runs, StringComparer.Ordinal, term => term);

    private static List<(string, int, string)> Flatten(BuiltTerms terms) =>
        [.. terms.Terms.Select(term => (term.Term, term.DocumentFrequency, Convert.ToHexString(terms.Segments[term.Segment], term.Offset, term.Length)))];
}
