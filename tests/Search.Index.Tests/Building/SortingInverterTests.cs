using Search.Index.Building;
using Search.Index.Postings;

namespace Search.Index.Tests.Building;

public sealed class SortingInverterTests
{
    /// <summary>Terms whose keys differ in low and high bytes alike, docs with one or several positions, one doc past 65,535.</summary>
    private static readonly (ulong Term, int Doc, int Position)[] Occurrences =
    [
        (0x4E2D_6587_0000_0000, 0, 0), (0x0041_0000_0000_0000, 0, 1), (0x4E2D_6587_0000_0000, 0, 2), (0xD842_DFB7_7965_0000, 0, 3),
        (0x0041_0000_0000_0000, 1, 0), (0x0041_0000_0000_0001, 1, 1), (0x4E2D_6587_0000_0000, 1, 70_000),
        (0xD842_DFB7_7965_0000, 3, 5), (0xD842_DFB7_7965_0000, 3, 6), (0x0041_0000_0000_0000, 4, 2), (0x4E2D_6587_0000_0000, 4, 9),
    ];

    [Fact]
    public void Sorting_gives_each_term_the_postings_a_per_term_encoder_gives()
    {
        var runs = Invert(Occurrences, runCapacity: 1 << 20);

        var run = Assert.Single(runs);
        Assert.Equal(Expected(Occurrences), Read(run));
    }

    [Fact]
    public void A_full_buffer_becomes_a_run_at_a_doc_boundary_and_the_runs_merge_into_the_whole()
    {
        var runs = Invert(Occurrences, runCapacity: 3);

        Assert.True(runs.Count > 1);
        var docsByRun = runs.Select(DocsOf).ToList();
        Assert.Equal(docsByRun.Sum(docs => docs.Count), docsByRun.SelectMany(docs => docs).Distinct().Count());
        var merged = PostingsMerger.Merge(Field.Body, Representation.Bigrams, runs, Comparer<ulong>.Default, PackedUnits.Name);
        var whole = PostingsMerger.Merge(Field.Body, Representation.Bigrams, Invert(Occurrences, 1 << 20), Comparer<ulong>.Default, PackedUnits.Name);

        Assert.Equal(Flatten(whole), Flatten(merged));
    }

    [Fact]
    public void A_doc_larger_than_the_buffer_grows_it_rather_than_split_across_runs()
    {
        var oneDoc = Enumerable.Range(0, 10).Select(p => (Term: (ulong)(p % 3 + 1) << 48, Doc: 7, Position: p)).ToArray();

        var run = Assert.Single(Invert(oneDoc, runCapacity: 4));

        Assert.Equal(Expected(oneDoc), Read(run));
    }

    private static IReadOnlyList<PostingsRun<ulong>> Invert(IEnumerable<(ulong Term, int Doc, int Position)> occurrences, int runCapacity)
    {
        var inverter = new SortingInverter(runCapacity);
        foreach (var (term, doc, position) in occurrences)
            inverter.Add(term, doc, position);
        return inverter.Finish();
    }

    private static List<(ulong, int, int, string)> Expected(IEnumerable<(ulong Term, int Doc, int Position)> occurrences) =>
        [.. occurrences.GroupBy(o => o.Term).OrderBy(g => g.Key).Select(g =>
        {
            var encoder = new PostingsEncoder(withPositions: true);
            foreach (var (_, doc, position) in g)
                encoder.Add(doc, position);
            return (g.Key, g.Select(o => o.Doc).Distinct().Count(), g.Max(o => o.Doc), Convert.ToHexString(encoder.ToArray()));
        })];

    private static List<(ulong, int, int, string)> Read(PostingsRun<ulong> run) =>
        [.. Enumerable.Range(0, run.Count).Select(i => (run.Term(i), run.DocumentFrequency(i), run.LastDoc(i), Convert.ToHexString(run.Postings(i))))];

    /// <summary>Every doc the run has postings for.</summary>
    private static HashSet<int> DocsOf(PostingsRun<ulong> run)
    {
        var docs = new HashSet<int>();
        for (var i = 0; i < run.Count; i++)
        {
            var cursor = new PostingsCursor(run.Postings(i).ToArray(), hasPositions: true);
            while (cursor.Next() != PostingsCursor.Exhausted)
                docs.Add(cursor.Doc);
        }
        return docs;
    }

    private static List<(string, int, string)> Flatten(BuiltTerms terms) =>
        [.. terms.Terms.Select(term => (term.Term, term.DocumentFrequency, Convert.ToHexString(terms.Segments[term.Segment], term.Offset, term.Length)))];
}
