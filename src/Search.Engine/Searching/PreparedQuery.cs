using Search.Engine.Querying;

namespace Search.Engine.Searching;

/// <summary>
/// A query parsed and compiled once (<see cref="Searcher.Prepare"/>), then used for the search, for
/// every mark of an article opened from it and for anything else of the same request: SmartCn and
/// the pinyin walks run once a request, not once a paragraph.
/// </summary>
public sealed class PreparedQuery
{
    internal PreparedQuery(string text, ParsedQuery parsed, CompiledQuery compiled) => (Text, Parsed, Compiled) = (text, parsed, compiled);

    /// <summary>The query as typed; empty for none.</summary>
    public string Text { get; }

    internal ParsedQuery Parsed { get; }

    internal CompiledQuery Compiled { get; }

    /// <summary>Whether the query has no terms (nothing to mark).</summary>
    public bool IsEmpty => Compiled.Terms.Count == 0;
}
