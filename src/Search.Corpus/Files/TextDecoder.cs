using System.Text;

namespace Search.Corpus.Files;

/// <summary>
/// Decodes a file's bytes to text: a byte-order mark decides when present (UTF-8, UTF-16 LE/BE),
/// otherwise strict UTF-8, then GB18030 (a superset of GBK and GB2312, common for Chinese documents).
/// Binary data and undecodable bytes are refused with a reason instead of being read as garbage.
/// </summary>
public static class TextDecoder
{
    private const int GB18030CodePage = 54936;
    private const double MaxControlCharacterShare = 0.01;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16LE = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16BE = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> StrictGB18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(GB18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>The text, or why there is none; <see cref="Encoding"/> names what was detected.</summary>
    public sealed record Result(string? Text, string Encoding, string? Problem);

    public static Result Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
            return Refuse("the file is empty");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Decode(bytes[3..], StrictUtf8, "UTF-8 with BOM");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Decode(bytes[2..], StrictUtf16LE, "UTF-16 LE");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Decode(bytes[2..], StrictUtf16BE, "UTF-16 BE");
        if (bytes.Contains((byte)0))
            return Refuse("the file is binary (it contains NUL bytes and no UTF-16 byte-order mark)");
        if (TryGetString(bytes, StrictUtf8) is { } utf8)
            return Accept(utf8, "UTF-8");
        if (TryGetString(bytes, StrictGB18030.Value) is { } gb18030)
            return Accept(gb18030, "GB18030");
        return Refuse("the bytes are neither valid UTF-8 nor GB18030/GBK text");
    }

    private static Result Decode(ReadOnlySpan<byte> bytes, Encoding encoding, string name) =>
        TryGetString(bytes, encoding) is { } text ? Accept(text, name) : Refuse($"the bytes are not valid {name}");

    private static Result Accept(string text, string encoding) =>
        LooksBinary(text)
            ? Refuse($"the file is binary (too many control characters for {encoding} text)")
            : new Result(text, encoding, null);

    private static string? TryGetString(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool LooksBinary(string text)
    {
        var controls = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));
        return controls > text.Length * MaxControlCharacterShare;
    }

    private static Result Refuse(string problem) => new(null, "", problem);
}
