using Search.Analysis.Filters;
using Search.Analysis.Folding;

namespace Search.Analysis.Tests.Filters;

public sealed class SourceTextTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(4097)]
    [InlineData(100_000)]
    public void Captures_the_whole_text_whatever_its_length_and_hands_it_on(int length)
    {
        var text = string.Concat(Enumerable.Range(0, length).Select(i => "政府工作报告２０２５"[i % 10]));
        var source = new SourceText();

        var reader = source.Capture(new SimplifyingCharFilter(new StringReader(text)));

        Assert.Equal(text, source.Text);
        Assert.Equal(text, reader.ReadToEnd());
    }

    [Fact]
    public void A_reader_that_ends_in_Javas_manner_ends_the_text()
    {
        var source = new SourceText();

        source.Capture(new EndsWithMinusOne("國務院"));

        Assert.Equal("國務院", source.Text);
    }

    /// <summary>Hands its text in one read, then answers -1 as a Java reader would.</summary>
    private sealed class EndsWithMinusOne(string text) : TextReader
    {
        private bool _read;

        public override int Read(char[] buffer, int index, int count)
        {
            if (_read)
                return -1;
            _read = true;
            text.CopyTo(0, buffer, index, text.Length);
            return text.Length;
        }
    }
}
