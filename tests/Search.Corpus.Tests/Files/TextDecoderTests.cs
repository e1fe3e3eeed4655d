using System.Text;
using Search.Corpus.Files;

namespace Search.Corpus.Tests.Files;

public sealed class TextDecoderTests
{
    private const string Page = "胶州市：同心同向建设现代化上合新区\n1月5日，会议召开。";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, byte[]> Encoded => new()
    {
        { "UTF-8", Encoding.UTF8.GetBytes(Page) },
        { "UTF-8 with BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Page)] },
        { "UTF-16 LE", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Page)] },
        { "UTF-16 BE", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Page)] },
        { "GB18030", Encoding.GetEncoding("GBK").GetBytes(Page) },
    };

    [Theory]
    [MemberData(nameof(Encoded))]
    public void Reads_every_accepted_encoding_to_the_same_text(string encoding, byte[] bytes)
    {
        var result = TextDecoder.Decode(bytes);

        Assert.Equal(Page, result.Text);
        Assert.Equal(encoding, result.Encoding);
    }

    [Fact]
    public void Refuses_an_empty_file()
    {
        Assert.Equal("the file is empty", TextDecoder.Decode([]).Problem);
    }

    [Fact]
    public void Refuses_binary_data()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];

        var result = TextDecoder.Decode(png);

        Assert.Null(result.Text);
        Assert.Contains("binary", result.Problem);
    }

    [Fact]
    public void Refuses_bytes_that_no_accepted_encoding_decodes()
    {
        var result = TextDecoder.Decode([0x41, 0xFF, 0xFF, 0x42]);

        Assert.Null(result.Text);
        Assert.Contains("neither valid UTF-8 nor GB18030", result.Problem);
    }

    [Fact]
    public void Refuses_a_utf16_file_whose_bytes_are_broken()
    {
        var result = TextDecoder.Decode([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]);

        Assert.Null(result.Text);
        Assert.Contains("not valid UTF-16 LE", result.Problem);
    }
}
