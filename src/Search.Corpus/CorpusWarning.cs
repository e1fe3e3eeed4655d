namespace Search.Corpus;

/// <summary>
/// A corpus file, or part of one, that was skipped, and why. Indexing goes on without it.
/// </summary>
/// <param name="File">The file, relative to the corpus folder.</param>
/// <param name="Stage">Where reading it stopped: <c>open</c>, <c>decode</c>, <c>parse</c>, <c>sidecar</c>, <c>line 12</c>, <c>figures</c>, <c>analysis</c> …</param>
/// <param name="WholeFile">Nothing of the file was read (it was refused, or could not be read or parsed at all), as opposed to a part of it skipped.</param>
public sealed record CorpusWarning(string File, string Stage, string Reason, bool WholeFile = false)
{
    public override string ToString() => $"{File}: {Stage}: {Reason}";
}
