namespace Search.Engine.Highlighting;

/// <summary>A stretch [Start, End) of a text, in UTF-16 code units: a match of the query, for whoever shows the text to mark.</summary>
public readonly record struct TextRange(int Start, int End);
