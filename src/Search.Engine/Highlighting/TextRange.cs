namespace Search.Engine.Highlighting;

/// <summary>
/// A stretch [Start, End) of a text, in UTF-16 code units: where the query matched, for whoever
/// shows the text to mark it (the host as &lt;mark&gt;, a terminal as it likes).
/// </summary>
public readonly record struct TextRange(int Start, int End);
