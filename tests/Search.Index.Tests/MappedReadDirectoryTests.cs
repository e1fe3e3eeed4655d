using System.Runtime.CompilerServices;
using Lucene.Net.Store;

namespace Search.Index.Tests;

/// <summary>
/// The directory searches read through: every encoding Lucene writes reads back from the map, in
/// place and byte by byte near a file's end; a read or seek past the end throws as Lucene's inputs
/// throw rather than faulting; merges and files read once are not mapped; and a map is undone once
/// nothing can read it.
/// </summary>
public sealed class MappedReadDirectoryTests : IDisposable
{
    private readonly DirectoryInfo _folder = System.IO.Directory.CreateTempSubdirectory("mapped-");
    private readonly MappedReadDirectory _directory;

    public MappedReadDirectoryTests() => _directory = new MappedReadDirectory(_folder);

    [Fact]
    public void Reads_back_every_encoding_Lucene_writes()
    {
        Write("all", output =>
        {
            output.WriteByte(7);
            output.WriteBytes([1, 2, 3], 3);
            output.WriteInt16(-2);
            output.WriteInt32(int.MinValue);
            output.WriteInt64(long.MaxValue);
            output.WriteString("经济社会发展");
            foreach (var value in VInts)
                output.WriteVInt32(value);
            foreach (var value in VLongs)
                output.WriteVInt64(value);
        });

        using var input = _directory.OpenInput("all", IOContext.READ);

        Assert.IsType<MappedInput>(input);
        Assert.Equal(7, input.ReadByte());
        var bytes = new byte[3];
        input.ReadBytes(bytes, 0, 3);
        Assert.Equal([1, 2, 3], bytes);
        Assert.Equal(-2, input.ReadInt16());
        Assert.Equal(int.MinValue, input.ReadInt32());
        Assert.Equal(long.MaxValue, input.ReadInt64());
        Assert.Equal("经济社会发展", input.ReadString());
        // The last vLongs lie within nine bytes of the end: read there byte by byte.
        Assert.Equal(VInts, VInts.Select(_ => input.ReadVInt32()));
        Assert.Equal(VLongs, VLongs.Select(_ => input.ReadVInt64()));
        Assert.Equal(input.Length, input.Position);
    }

    [Fact]
    public void Reads_numbers_in_place_and_byte_by_byte_at_the_end_alike_and_refuses_a_vInt_too_long()
    {
        Write("ints", output =>
        {
            foreach (var value in VInts)
                output.WriteVInt32(value);
        });
        Write("bad", output => output.WriteBytes([0xFF, 0xFF, 0xFF, 0xFF, 0x1F, 0, 0, 0, 0, 0], 10));

        using var ints = _directory.OpenInput("ints", IOContext.READ);
        using var bad = _directory.OpenInput("bad", IOContext.READ);

        // Five bytes of -1 last: read within five bytes of the end, byte by byte.
        Assert.Equal(VInts, VInts.Select(_ => ints.ReadVInt32()));
        Assert.Throws<IOException>(() => bad.ReadVInt32());
    }

    private static readonly int[] VInts = [0, 1, 127, 128, 16_383, 16_384, int.MaxValue, -1];
    private static readonly long[] VLongs = [0, 127, 128, long.MaxValue, 1L << 35, 300];

    [Fact]
    public void A_clone_reads_on_its_own_and_outlives_the_input_closed()
    {
        Write("f", output => output.WriteBytes([10, 11, 12, 13], 4));
        var input = _directory.OpenInput("f", IOContext.READ);
        input.Seek(1);
        var clone = (IndexInput)input.Clone();

        Assert.Equal(11, clone.ReadByte());
        input.Dispose();
        Assert.Equal(12, clone.ReadByte());
        clone.Seek(0);
        Assert.Equal(10, clone.ReadByte());
    }

    [Fact]
    public void A_read_or_seek_past_the_end_throws()
    {
        Write("short", output => output.WriteBytes([1, 2], 2));
        using var input = _directory.OpenInput("short", IOContext.READ);

        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(new byte[3], 0, 3));
        Assert.Throws<EndOfStreamException>(() => input.Seek(3));
        input.Seek(2);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void An_empty_file_reads_as_empty()
    {
        Write("empty", _ => { });
        using var input = _directory.OpenInput("empty", IOContext.READ);

        Assert.Equal(0, input.Length);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void Slices_read_their_own_bytes_and_no_others()
    {
        Write("compound", output => output.WriteBytes([0, 1, 2, 3, 4, 5], 6));
        using var slicer = _directory.CreateSlicer("compound", IOContext.READ);
        using var slice = slicer.OpenSlice("entry", 2, 3);

        Assert.Equal(3, slice.Length);
        Assert.Equal([2, 3, 4], Enumerable.Range(0, 3).Select(_ => slice.ReadByte()));
        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
        Assert.Throws<ArgumentException>(() => slicer.OpenSlice("beyond", 4, 3));
    }

    [Fact]
    public void Merges_and_files_read_once_read_by_position()
    {
        Write("f", output => output.WriteByte(1));

        using var once = _directory.OpenInput("f", IOContext.READ_ONCE);
        using var merging = _directory.OpenInput("f", new IOContext(new MergeInfo(1, 1, false, 1)));

        Assert.IsNotType<MappedInput>(once);
        Assert.IsNotType<MappedInput>(merging);
        Assert.Equal(1, merging.ReadByte());
    }

    [Fact]
    public void A_map_is_undone_once_nothing_can_read_it()
    {
        Write("gone", output => output.WriteBytes(new byte[8192], 8192));
        var path = Path.Combine(_folder.FullName, "gone");
        ReadAndClose("gone");
        File.Delete(path);

        for (var i = 0; i < 3 && Mapped(path); i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(Mapped(path));
    }

    [Fact]
    public void Closing_many_files_asks_for_a_full_collection()
    {
        var asked = MappedFile.CollectionsAsked;
        var fullCollections = GC.CollectionCount(GC.MaxGeneration);
        // Small files, closed one by one until the directory asks (other tests close files too): a
        // served reader's files live long, and only a full collection undoes their maps
        // (A_map_is_undone_once_nothing_can_read_it).
        for (var i = 0; MappedFile.CollectionsAsked == asked; i++)
        {
            Assert.True(i <= MappedFile.RetiredFilesBeforeCollection);
            Write($"small{i}", output => output.WriteByte(1));
            ReadAndClose($"small{i}");
        }

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (GC.CollectionCount(GC.MaxGeneration) == fullCollections && waited.Elapsed < TimeSpan.FromSeconds(10))
            Thread.Sleep(20);

        Assert.True(GC.CollectionCount(GC.MaxGeneration) > fullCollections);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReadAndClose(string name)
    {
        var input = _directory.OpenInput(name, IOContext.READ);
        var clone = (IndexInput)input.Clone();
        clone.ReadByte();
        input.Dispose();
        Assert.True(Mapped(Path.Combine(_folder.FullName, name)));
    }

    private static bool Mapped(string path) => File.ReadLines("/proc/self/maps").Any(line => line.Contains(path, StringComparison.Ordinal));

    private void Write(string name, Action<IndexOutput> write)
    {
        using var output = _directory.CreateOutput(name, IOContext.DEFAULT);
        write(output);
    }

    public void Dispose()
    {
        _directory.Dispose();
        _folder.Delete(recursive: true);
    }
}
