namespace Search.Corpus.Files;

/// <summary>A read-only view of a stream that ends after <paramref name="limit"/> bytes, noting whether there was more.</summary>
internal sealed class LimitedStream(Stream inner, long limit) : Stream
{
    private long _position;

    /// <summary>The inner stream had bytes beyond the limit.</summary>
    public bool Truncated { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position >= limit)
        {
            // Past the limit: one byte more says whether the file really goes on.
            Span<byte> probe = stackalloc byte[1];
            Truncated |= inner.Read(probe) > 0;
            return 0;
        }
        var read = inner.Read(buffer[..(int)Math.Min(buffer.Length, limit - _position)]);
        _position += read;
        return read;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _position; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }
}
