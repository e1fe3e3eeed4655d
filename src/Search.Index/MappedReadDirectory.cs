using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using Lucene.Net.Store;

namespace Search.Index;

/// <summary>
/// A <see cref="PositionalReadDirectory"/> whose searches read files through memory maps of its
/// own: a read is a copy from mapped memory, with no system call, and no buffer to fill, nor one
/// to clear for each clone of an input (a search clones the postings of every term it reads).
/// Merges and files read once still read by position, so that the files a merge retires are not
/// held mapped. Lucene.Net's own <see cref="MMapDirectory"/> reads through Java-style byte buffers
/// and measured slower than plain reads here (docs/benchmarks.md).
/// </summary>
/// <remarks>
/// A map is undone only when no input over it can be reached any more (<see cref="MappedFile"/>'s
/// finalizer), never when its first input is closed: Lucene does not close the clones a search
/// makes, and reading a map already undone would fault the process rather than throw. A closed
/// file's map, and its space on disk once Lucene deletes it, is given back at the next full garbage
/// collection; when closed files add up to <see cref="MappedFile.RetiredBytesBeforeCollection"/> or
/// number <see cref="MappedFile.RetiredFilesBeforeCollection"/>, one is asked for.
/// </remarks>
public sealed class MappedReadDirectory(DirectoryInfo folder) : PositionalReadDirectory(folder)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        if (!Maps(context))
            return base.OpenInput(name, context);
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        var file = MappedFile.Open(path);
        return new MappedInput($"MappedInput(path=\"{path}\")", file, 0, file.Length, closesFile: true);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        if (!Maps(context))
            return base.CreateSlicer(name, context);
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        return new Slicer(path, MappedFile.Open(path));
    }

    private static bool Maps(IOContext context) => context.Context != IOContext.UsageContext.MERGE && !context.ReadOnce;

    /// <summary>Slices of one mapped file (a compound file's entries).</summary>
    private sealed class Slicer(string path, MappedFile file) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            offset < 0 || length < 0 || offset > file.Length - length
                ? throw new ArgumentException($"slice {offset}:{offset + length} is outside {path} ({file.Length} bytes)")
                : new MappedInput($"MappedInput({sliceDescription} in path=\"{path}\" slice={offset}:{offset + length})", file, offset, length, closesFile: false);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, file.Length);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                file.Close();
        }
    }
}

/// <summary>
/// A whole file mapped read-only. The map lives as long as an input over it can be reached: the
/// finalizer undoes it, so no read can ever touch memory no longer mapped.
/// </summary>
internal sealed unsafe class MappedFile
{
    /// <summary>
    /// How many bytes of files closed while still mapped make the directory ask for a full
    /// collection (which undoes their maps and gives deleted files' space back): a reopen after a
    /// merge retires a few segments; a reindex, the whole old index.
    /// </summary>
    public const long RetiredBytesBeforeCollection = 64L << 20;

    /// <summary>
    /// As many files closed make the directory ask for a collection too, however small: each update of
    /// a page retires a segment's dozen files, and a process may hold only so many maps.
    /// </summary>
    public const int RetiredFilesBeforeCollection = 256;

    private static long _retiredBytes;
    private static int _retiredFiles;
    private static int _collectionsAsked;
    private readonly MemoryMappedFile? _map;
    private readonly MemoryMappedViewAccessor? _view;
    private int _closed;

    private MappedFile(MemoryMappedFile? map, MemoryMappedViewAccessor? view, byte* start, long length)
    {
        (_map, _view) = (map, view);
        Start = start;
        Length = length;
    }

    public byte* Start { get; }

    public long Length { get; }

    /// <summary>How many collections closed files have asked for in this process.</summary>
    public static int CollectionsAsked => Volatile.Read(ref _collectionsAsked);

    public static MappedFile Open(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var length = stream.Length;
        // An empty file cannot be mapped, and needs no map to be read.
        if (length == 0)
            return new MappedFile(null, null, null, 0);
        var map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
        MemoryMappedViewAccessor? view = null;
        try
        {
            view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            byte* start = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
            return new MappedFile(map, view, start + view.PointerOffset, length);
        }
        catch
        {
            // No map left behind, nor the file open, when the process may map no more.
            view?.Dispose();
            map.Dispose();
            throw;
        }
    }

    /// <summary>The file's reader is done with it (its clones may still be reachable): counted toward the next full collection.</summary>
    public void Close()
    {
        if (Interlocked.Exchange(ref _closed, 1) == 1)
            return;
        var files = Interlocked.Increment(ref _retiredFiles);
        if (Interlocked.Add(ref _retiredBytes, Length) < RetiredBytesBeforeCollection && files < RetiredFilesBeforeCollection)
            return;
        Interlocked.Exchange(ref _retiredBytes, 0);
        Interlocked.Exchange(ref _retiredFiles, 0);
        Interlocked.Increment(ref _collectionsAsked);
        ThreadPool.UnsafeQueueUserWorkItem(_ => GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: false), null);
    }

    ~MappedFile()
    {
        if (_view is null)
            return;
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _map!.Dispose();
    }
}

/// <summary>
/// A mapped file, or a slice of one, read in place: bounds checked on every read, so a damaged
/// length or offset ends in <see cref="EndOfStreamException"/> as Lucene's own inputs end, never a
/// fault. Clones share the map.
/// </summary>
internal sealed unsafe class MappedInput(string description, MappedFile file, long offset, long length, bool closesFile) : IndexInput(description)
{
    private readonly byte* _start = file.Start + offset;
    private long _position;
    private bool _closesFile = closesFile;

    /// <summary>The map, held so that it outlives every input over it, clones included.</summary>
    internal MappedFile File { get; } = file;

    public override long Length => length;

    public override long Position => _position;

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > length)
            throw new EndOfStreamException($"seek to {pos} outside {this} ({length} bytes)");
        _position = pos;
    }

    // Each read ends by keeping the input alive: the map must outlast every use of a pointer into
    // it, and a method's own object may otherwise be collected (and the map undone) before it returns.

    public override byte ReadByte()
    {
        if (_position >= length)
            throw PastEnd();
        var value = _start[_position++];
        GC.KeepAlive(this);
        return value;
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        Take(len).CopyTo(b.AsSpan(offset, len));
        GC.KeepAlive(this);
    }

    public override short ReadInt16()
    {
        var value = BinaryPrimitives.ReadInt16BigEndian(Take(sizeof(short)));
        GC.KeepAlive(this);
        return value;
    }

    public override int ReadInt32()
    {
        var value = BinaryPrimitives.ReadInt32BigEndian(Take(sizeof(int)));
        GC.KeepAlive(this);
        return value;
    }

    public override long ReadInt64()
    {
        var value = BinaryPrimitives.ReadInt64BigEndian(Take(sizeof(long)));
        GC.KeepAlive(this);
        return value;
    }

    public override int ReadVInt32()
    {
        // Five bytes at most: read in place when they are all there, else byte by byte.
        if (length - _position < 5)
            return base.ReadVInt32();
        var p = _start + _position;
        int b = *p++, value = b & 0x7F;
        for (var shift = 7; (b & 0x80) != 0; shift += 7)
        {
            b = *p++;
            // The fifth byte holds the last four bits, and nothing more (as Lucene's DataInput reads it).
            if (shift == 28 && (b & 0xF0) != 0)
                throw new IOException($"invalid vInt (too many bits) in {this}");
            value |= (b & 0x7F) << shift;
        }
        _position = p - _start;
        GC.KeepAlive(this);
        return value;
    }

    public override long ReadVInt64()
    {
        // Nine bytes at most.
        if (length - _position < 9)
            return base.ReadVInt64();
        var p = _start + _position;
        long b = *p++, value = b & 0x7F;
        for (var shift = 7; (b & 0x80) != 0; shift += 7)
        {
            if (shift > 56)
                throw new IOException($"invalid vLong in {this}");
            b = *p++;
            value |= (b & 0x7F) << shift;
        }
        _position = p - _start;
        GC.KeepAlive(this);
        return value;
    }

    /// <summary>The next <paramref name="count"/> bytes, in place, the position moved past them.</summary>
    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > length - _position)
            throw PastEnd();
        var span = new ReadOnlySpan<byte>(_start + _position, count);
        _position += count;
        return span;
    }

    private EndOfStreamException PastEnd() => new($"read past EOF: {this}");

    public override object Clone()
    {
        var clone = (MappedInput)base.Clone();
        clone._closesFile = false;
        return clone;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _closesFile)
            File.Close();
    }
}
