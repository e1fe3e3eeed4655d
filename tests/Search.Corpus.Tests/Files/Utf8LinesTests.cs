using System.Text;
using Search.Corpus.Files;

namespace Search.Corpus.Tests.Files;

public sealed class Utf8LinesTests
{
    private static List<Utf8Lines.Line> Lines(byte[] bytes, int maxLineBytes = 1024) => [.. Utf8Lines.Read(new MemoryStream(bytes), maxLineBytes)];

    [Fact]
    public void Lines_are_numbered_from_one_ending_in_lf_or_crlf_after_a_byte_order_mark()
    {
        var lines = Lines([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("第一\r\n第二\n\n第四")]);

        Assert.Equal([(1, "第一"), (2, "第二"), (3, ""), (4, "第四")], lines.Select(line => (line.Number, line.Text)));
    }

    [Fact]
    public void A_long_line_is_passed_over_as_it_is_read_without_ending_the_ones_after_it()
    {
        // Lines that span many read buffers: the long one is never held, only counted past.
        var bytes = Encoding.UTF8.GetBytes("short\n" + new string('x', 300_000) + "\nafter\n" + new string('y', 100_000));

        var lines = Lines(bytes, maxLineBytes: 1000);

        Assert.Equal([(1, "short", null), (2, null, "longer than the 1,000-byte limit for a line (Search:MaxLineBytes)"), (3, "after", null),
            (4, null, "longer than the 1,000-byte limit for a line (Search:MaxLineBytes)")], lines.Select(line => (line.Number, line.Text, line.Problem)));
    }

    [Fact]
    public void A_read_that_fails_midway_keeps_the_lines_before_it()
    {
        var failed = new List<Exception>();
        var stream = new FailingStream(Encoding.UTF8.GetBytes("one\ntwo\nthr"));

        var lines = Guarded.Each(Utf8Lines.Read(stream, 1024), failed.Add).ToList();

        Assert.Equal(["one", "two"], lines.Select(line => line.Text));
        Assert.IsType<IOException>(Assert.Single(failed));
    }

    [Fact]
    public void A_stream_is_never_read_past_its_limit()
    {
        var endless = new FailingStream([], endless: true);

        Assert.Null(BoundedRead.Bytes(endless, 100_000));
        Assert.True(endless.Position <= 100_000 + 64 * 1024, $"read {endless.Position:N0} bytes");
    }

    /// <summary>Gives its bytes, then fails as a disk does (or, endless, gives zeros for ever, as /dev/zero does).</summary>
    private sealed class FailingStream(byte[] bytes, bool endless = false) : Stream
    {
        private long _position;

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (endless)
            {
                Array.Clear(buffer, offset, count);
                _position += count;
                return count;
            }
            if (_position >= bytes.Length)
                throw new IOException("Input/output error");
            var read = (int)Math.Min(count, Math.Min(4, bytes.Length - _position));
            Array.Copy(bytes, _position, buffer, offset, read);
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
    }
}
