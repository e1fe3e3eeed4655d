using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Search.Index;

/// <summary>
/// An <see cref="NIOFSDirectory"/> that reads with positional reads straight into the buffer
/// (<see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>, one <c>pread</c> each) and
/// buffers <see cref="BufferSize"/> bytes at a time. Lucene.Net's own inputs read through a
/// <see cref="FileStream"/> shared by every clone of a file: each read takes the stream's lock,
/// sets its position and asks the file's length, through a Java-style byte buffer, 1 KiB at a time.
/// Writing, locking and everything else stay Lucene.Net's.
/// </summary>
/// <param name="postingsBufferSize">The buffer of the postings files (<c>.doc</c>, <c>.pos</c>).</param>
public class PositionalReadDirectory(DirectoryInfo folder, int bufferSize = PositionalReadDirectory.DefaultBufferSize,
    int postingsBufferSize = PositionalReadDirectory.DefaultPostingsBufferSize) : NIOFSDirectory(folder)
{
    /// <summary>
    /// Measured best of 1–64 KiB on the query mix: larger buffers read bytes no one asked for on
    /// every seek into the terms dictionary or skip data (64 KiB: 1.4× slower than 2 KiB).
    /// </summary>
    public const int DefaultBufferSize = 2 * 1024;

    /// <summary>
    /// The postings of a common term are read from end to end (a typical query matches a third of
    /// the articles), so their files take larger reads: a quarter of the syscalls. Measured against
    /// 2 KiB on the query mix (<c>Search.Bench directories</c>): 8 KiB 0.82–0.90× at 10,000 and 50,000
    /// articles, 4 KiB 0.92×, 16 and 32 KiB no better than 8.
    /// </summary>
    public const int DefaultPostingsBufferSize = 8 * 1024;

    public int BufferSize => bufferSize;

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new PositionalInput($"PositionalInput(path=\"{path}\")", handle, 0, RandomAccess.GetLength(handle), BufferFor(name), ownsHandle: true);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        return new Slicer(path, File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete), BufferFor);
    }

    private int BufferFor(string name) =>
        name.EndsWith(".doc", StringComparison.Ordinal) || name.EndsWith(".pos", StringComparison.Ordinal) ? postingsBufferSize : bufferSize;

    /// <summary>Slices of one file (a compound file's entries), sharing its handle.</summary>
    private sealed class Slicer(string path, SafeFileHandle handle, Func<string, int> bufferFor) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new PositionalInput($"PositionalInput({sliceDescription} in path=\"{path}\" slice={offset}:{offset + length})", handle, offset, length, bufferFor(sliceDescription), ownsHandle: false);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(handle));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                handle.Dispose();
        }
    }

    /// <summary>A file, or a slice of one, read by position: clones share the handle and need no lock.</summary>
    private sealed class PositionalInput(string description, SafeFileHandle handle, long start, long length, int bufferSize, bool ownsHandle)
        : BufferedIndexInput(description, bufferSize)
    {
        private bool _ownsHandle = ownsHandle;

        public override long Length => length;

        protected override void ReadInternal(byte[] b, int offset, int count)
        {
            var position = start + Position;
            if (Position + count > length)
                throw new EndOfStreamException($"read past EOF: {this}");
            while (count > 0)
            {
                var read = RandomAccess.Read(handle, b.AsSpan(offset, count), position);
                if (read <= 0)
                    throw new EndOfStreamException($"read past EOF: {this} (the file is shorter than it was)");
                position += read;
                offset += read;
                count -= read;
            }
        }

        protected override void SeekInternal(long pos)
        {
        }

        public override object Clone()
        {
            var clone = (PositionalInput)base.Clone();
            clone._ownsHandle = false;
            return clone;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && _ownsHandle)
                handle.Dispose();
        }
    }
}
