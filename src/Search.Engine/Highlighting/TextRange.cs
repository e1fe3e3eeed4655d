namespace Search.Engine.Highlighting;

/// <summary>A stretch [Start, End) of a text, in UTF-16 code units.</summary>
public interface ITextStretch
{
    int Start { get; }

    int End { get; }
}

/// <summary>A match of the query in a text, for whoever shows the text to mark.</summary>
public readonly record struct TextRange(int Start, int End) : ITextStretch;
