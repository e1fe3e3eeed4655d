namespace Search.Corpus;

/// <summary>A corpus file, or part of one, that was skipped, and why. Indexing goes on without it.</summary>
public sealed record CorpusWarning(string File, string Reason)
{
    public override string ToString() => $"{File}: {Reason}";
}
