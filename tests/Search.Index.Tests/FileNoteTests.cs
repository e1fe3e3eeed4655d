using Search.Corpus;

namespace Search.Index.Tests;

public sealed class FileNoteTests
{
    // A commit's notes as earlier builds wrote them: a restarted host must read them the same.
    private const string Kept = """[{"file":"a.txt","hash":"h1","articles":3,"warnings":[],"moreWarnings":0,"failed":false,"transient":true,"lostTo":[]},{"file":"b.txt","hash":"h2","articles":0,"warnings":[{"file":"b.txt","stage":"parse","reason":"bad line 3","wholeFile":true,"transient":false}],"moreWarnings":2,"failed":true,"transient":false,"lostTo":["a.txt"]}]""";

    private static readonly FileNote[] Notes =
    [
        new("b.txt", "h2", 0, [new CorpusWarning("b.txt", "parse", "bad line 3", WholeFile: true)], 2) { Failed = true, LostTo = ["a.txt"] },
        new("a.txt", "h1", 3, [], 0) { Transient = true },
    ];

    [Fact]
    public void Notes_are_written_in_file_order_as_the_JSON_earlier_builds_wrote()
    {
        Assert.Equal(Kept, FileNote.ToJson(Notes));
    }

    [Fact]
    public void Notes_read_back_as_they_were_written()
    {
        var read = FileNote.FromJson(Kept);

        Assert.Equal(["a.txt", "b.txt"], read.Select(note => note.File));
        Assert.Equal((3, true, false), (read[0].Articles, read[0].Transient, read[0].Failed));
        Assert.Equal((2, true, "a.txt"), (read[1].MoreWarnings, read[1].Failed, Assert.Single(read[1].LostTo)));
        Assert.Equal(Notes[0].Warnings, read[1].Warnings);
    }

    [Fact]
    public void A_note_written_before_lost_files_were_kept_reads_as_having_lost_none()
    {
        var note = Assert.Single(FileNote.FromJson("""[{"file":"a.txt","hash":"h1","articles":3,"warnings":[],"moreWarnings":0,"failed":false}]"""));

        Assert.Empty(note.LostTo);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("{not json")]
    public void Notes_that_cannot_be_read_are_none(string? json)
    {
        Assert.Empty(FileNote.FromJson(json));
    }
}
