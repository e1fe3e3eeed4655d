using System.Buffers;

namespace Search.Analysis.Filters;

/// <summary>
/// The text a token stream is analysing, for a filter that needs characters the tokenizer dropped
/// (SmartCn keeps no punctuation: the <c>.</c> and <c>%</c> of <c>6.5%</c> are gone by the time
/// filters see its tokens). The analyzer reads each text whole before the tokenizer does.
/// </summary>
internal sealed class SourceText
{
    public string Text { get; private set; } = "";

    public TextReader Capture(TextReader reader)
    {
        Text = ReadAll(reader);
        return new StringReader(Text);
    }

    /// <summary>
    /// The reader's text, read through a pooled buffer: <see cref="TextReader.ReadToEnd"/> of a char
    /// filter allocates 16 KB of buffers for each text, and every query term is analysed on its own.
    /// </summary>
    private static string ReadAll(TextReader reader)
    {
        var buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var length = 0;
            int read;
            while ((read = reader.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
                if (length < buffer.Length)
                    continue;
                var larger = ArrayPool<char>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<char>.Shared.Return(buffer);
                buffer = larger;
            }
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
