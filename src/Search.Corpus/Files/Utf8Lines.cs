using System.Buffers;
using System.Text.Unicode;

namespace Search.Corpus.Files;

/// <summary>
/// The lines of a UTF-8 stream, each decoded on its own, so one bad line costs that line alone: a
/// line longer than its limit is passed over as it is read (never held whole), an invalid byte
/// spoils only its line, and each line carries its number for the warning that names it.
/// </summary>
internal static class Utf8Lines
{
    /// <summary>A line's text, or why there is none.</summary>
    public readonly record struct Line(int Number, string? Text, string? Problem);

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The stream's lines (ending in <c>\n</c> or <c>\r\n</c>); a UTF-8 byte-order mark is skipped.</summary>
    /// <exception cref="IOException">Reading failed; the lines before were returned.</exception>
    /// <exception cref="FormatException">The stream is UTF-16 (it starts with its byte-order mark).</exception>
    public static IEnumerable<Line> Read(Stream stream, int maxLineBytes)
    {
        var buffer = new byte[64 * 1024];
        var line = new ArrayBufferWriter<byte>();
        var number = 1;
        var tooLong = false;
        var first = true;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            var chunk = buffer.AsSpan(0, read);
            if (first)
            {
                first = false;
                if (chunk.StartsWith(Utf8Bom))
                    chunk = chunk[Utf8Bom.Length..];
                else if (chunk.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || chunk.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
                    throw new FormatException("the file starts with a UTF-16 byte-order mark; JSON lines are read as UTF-8");
            }
            var lines = new List<Line>();
            while (chunk.Length > 0)
            {
                var end = chunk.IndexOf((byte)'\n');
                var piece = end < 0 ? chunk : chunk[..end];
                if (!tooLong && line.WrittenCount + piece.Length <= maxLineBytes)
                    line.Write(piece);
                else
                    tooLong = true;
                if (end < 0)
                    break;
                lines.Add(Finish(number++, line, ref tooLong, maxLineBytes));
                chunk = chunk[(end + 1)..];
            }
            foreach (var done in lines)
                yield return done;
        }
        if (line.WrittenCount > 0 || tooLong)
            yield return Finish(number, line, ref tooLong, maxLineBytes);
    }

    private static Line Finish(int number, ArrayBufferWriter<byte> line, ref bool tooLong, int maxLineBytes)
    {
        var bytes = line.WrittenSpan;
        if (bytes.Length > 0 && bytes[^1] == '\r')
            bytes = bytes[..^1];
        var result = tooLong ? new Line(number, null, $"longer than the {maxLineBytes:N0}-byte limit for a line (Search:MaxLineBytes)")
            : Decode(number, bytes);
        line.Clear();
        tooLong = false;
        return result;
    }

    private static Line Decode(int number, ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var bytesRead, out var written, replaceInvalidSequences: false);
        return status == OperationStatus.Done
            ? new Line(number, new string(chars, 0, written), null)
            : new Line(number, null, $"not valid UTF-8 (byte 0x{bytes[bytesRead]:X2} at byte {bytesRead + 1:N0} of the line)");
    }
}
