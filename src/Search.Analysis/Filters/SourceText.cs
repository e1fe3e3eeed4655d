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
        Text = reader.ReadToEnd();
        return new StringReader(Text);
    }
}
