namespace Search.Corpus;

/// <summary>
/// A corpus file, or part of one, that was skipped, and why. Indexing goes on without it.
/// </summary>
/// <param name="File">The file, relative to the corpus folder.</param>
/// <param name="Stage">Where reading it stopped (<see cref="ReadStage"/>).</param>
/// <param name="WholeFile">Nothing of the file was read (it was refused, or could not be read or parsed at all), as opposed to a part of it skipped.</param>
/// <param name="Transient">The cause may pass by itself (an I/O error, a deadline missed on a busy machine): worth reading the file again at the next start.</param>
public sealed record CorpusWarning(string File, string Stage, string Reason, bool WholeFile = false, bool Transient = false)
{
    public override string ToString() => $"{File}: {Stage}: {Reason}";
}

/// <summary>The stages of reading and indexing a corpus file, as warnings name them.</summary>
public static class ReadStage
{
    /// <summary>Checking and opening the file: its kind, a link's target, its size.</summary>
    public const string Open = "open";

    /// <summary>Reading its bytes, after the first (a bulk file that fails midway).</summary>
    public const string Read = "read";

    /// <summary>Telling its encoding and decoding it.</summary>
    public const string Decode = "decode";

    /// <summary>Splitting a page into articles and reading their metadata.</summary>
    public const string Parse = "parse";

    public const string Sidecar = "sidecar";

    /// <summary>An article whose id an article before it in corpus order holds.</summary>
    public const string Id = "id";

    public const string Figures = "figures";

    public const string Sketch = "sketch";

    /// <summary>Making the article's Lucene document.</summary>
    public const string Document = "document";

    /// <summary>Analysing the article's text as the index does.</summary>
    public const string Analysis = "analysis";

    /// <summary>One line of a bulk file, counted from 1.</summary>
    public static string Line(int number) => $"line {number}";
}
