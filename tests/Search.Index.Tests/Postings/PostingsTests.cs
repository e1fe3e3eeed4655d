using Search.Index.Postings;

namespace Search.Index.Tests.Postings;

public sealed class PostingsTests
{
    [Fact]
    public void Docs_frequencies_and_positions_read_back_as_written()
    {
        var encoder = new PostingsEncoder(withPositions: true);
        (int Doc, int Position)[] occurrences = [(0, 3), (0, 200), (5, 0), (5, 1), (5, 70_000), (1_000_000, 9)];
        foreach (var (doc, position) in occurrences)
            encoder.Add(doc, position);

        var cursor = new PostingsCursor(encoder.ToArray(), hasPositions: true);
        var read = new List<(int, int)>();
        while (cursor.Next() != PostingsCursor.Exhausted)
        {
            var positions = cursor.Positions;
            for (var i = 0; i < positions.Count; i++)
                read.Add((cursor.Doc, positions[i]));
        }

        Assert.Equal(3, encoder.DocumentFrequency);
        Assert.Equal(occurrences, read);
    }

    [Fact]
    public void Positions_stay_unread_while_stepping_and_advance_finds_the_first_doc_at_or_after_a_target()
    {
        var encoder = new PostingsEncoder(withPositions: true);
        foreach (var doc in new[] { 2, 4, 9 })
        {
            encoder.Add(doc, 1);
            encoder.Add(doc, 5);
        }

        var cursor = new PostingsCursor(encoder.ToArray(), hasPositions: true);

        Assert.Equal(2, cursor.Next());
        Assert.Equal(9, cursor.Advance(5));
        Assert.Equal(2, cursor.Frequency);
        Assert.Equal(1, cursor.Positions[0]);
        Assert.Equal(5, cursor.Positions[1]);
        Assert.Equal(PostingsCursor.Exhausted, cursor.Next());
    }

    [Fact]
    public void Positions_take_two_bytes_each_unless_the_doc_has_one_beyond_65535()
    {
        var narrow = new PostingsEncoder(withPositions: true);
        narrow.Add(0, 3);
        narrow.Add(0, 65_535);
        var wide = new PostingsEncoder(withPositions: true);
        wide.Add(0, 3);
        wide.Add(0, 65_536);

        // doc gap, frequency << 1 | wide, then the positions
        Assert.Equal([1, 4, 3, 0, 255, 255], narrow.ToArray());
        Assert.Equal([1, 5, 3, 0, 0, 0, 0, 0, 1, 0], wide.ToArray());
    }

    [Fact]
    public void Lower_bound_finds_the_first_position_at_or_after_a_target()
    {
        var encoder = new PostingsEncoder(withPositions: true);
        foreach (var position in new[] { 2, 4, 4, 9, 30 })
            encoder.Add(0, position);
        var cursor = new PostingsCursor(encoder.ToArray(), hasPositions: true);
        cursor.Next();
        var positions = cursor.Positions;

        Assert.Equal(1, positions.LowerBound(3, 0));
        Assert.Equal(1, positions.LowerBound(4, 0));
        Assert.Equal(3, positions.LowerBound(5, 2));
        Assert.Equal(4, positions.LowerBound(30, 0));
        Assert.Equal(5, positions.LowerBound(31, 0));
        Assert.Equal(3, positions.LowerBound(0, 3));
    }

    [Theory]
    [InlineData(false, false)] // narrow, more postings after the list: whole vectors
    [InlineData(false, true)]  // narrow, the list ends its postings: one by one near the end
    [InlineData(true, false)]  // wide
    public void Seek_finds_increasing_targets_in_one_pass_and_ignores_what_follows_the_list(bool wide, bool last)
    {
        // 20 positions, 3 apart; the next doc's positions would answer wrongly if read as this doc's
        var positions = Enumerable.Range(0, 20).Select(i => 1 + 3 * i).ToList();
        if (wide)
            positions.Add(70_000);
        var encoder = new PostingsEncoder(withPositions: true);
        foreach (var position in positions)
            encoder.Add(0, position);
        if (!last)
        {
            foreach (var position in new[] { 50, 51, 53, 54, 56, 57, 59, 60 })
                encoder.Add(1, position);
        }
        var cursor = new PostingsCursor(encoder.ToArray(), hasPositions: true);
        cursor.Next();
        var list = cursor.Positions;

        var at = 0;
        for (var target = 0; target <= 75; target++)
        {
            Assert.Equal(positions.Contains(target), list.Seek(target, ref at));
            Assert.Equal(list.LowerBound(target, 0), at);
        }
        Assert.False(list.Seek(70_001, ref at));
        Assert.Equal(list.Count, at);
    }

    [Fact]
    public void Without_positions_only_docs_and_frequencies_are_kept()
    {
        var encoder = new PostingsEncoder(withPositions: false);
        encoder.Add(7, 0);
        encoder.Add(7, 1);
        encoder.Add(8, 0);

        var bytes = encoder.ToArray();
        var cursor = new PostingsCursor(bytes, hasPositions: false);

        Assert.Equal(4, bytes.Length);
        Assert.Equal((7, 2), (cursor.Next(), cursor.Frequency));
        Assert.Equal((8, 1), (cursor.Next(), cursor.Frequency));
    }
}
