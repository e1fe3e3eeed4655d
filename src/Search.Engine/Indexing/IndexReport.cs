using Search.Corpus;
using Search.Index;

namespace Search.Engine.Indexing;

/// <summary>What a load, update or build did with the index.</summary>
public enum IndexAction
{
    /// <summary>The index on disk was served as it was: the corpus had not changed (or nothing could replace it).</summary>
    Reused,

    /// <summary>The corpus files that changed were indexed again, alone.</summary>
    Updated,

    /// <summary>The whole index was built from the corpus.</summary>
    Built,

    /// <summary>A commit another process made was served.</summary>
    Loaded,
}

/// <summary>How many corpus files an update found new, changed and gone.</summary>
public sealed record CorpusChanges(int Added, int Changed, int Removed)
{
    public override string ToString() => $"{Added} file(s) added, {Changed} changed, {Removed} removed";
}

/// <summary>What the served index holds: see <see cref="IndexManager.Status"/>.</summary>
/// <param name="Generation">The Lucene commit served.</param>
/// <param name="IndexedFiles">Corpus files the index holds articles of.</param>
/// <param name="FileProblems">The files read with warnings or without an article, in corpus order.</param>
public sealed record IndexStatus(long Generation, DateTimeOffset? CommittedAt, int Articles, int IndexedFiles, IReadOnlyList<FileProblem> FileProblems);

/// <summary>A corpus file's note, and whether the index still serves the articles of its earlier version because this one failed.</summary>
public sealed record FileProblem(FileNote Note, bool KeptEarlier);

/// <summary>What a load, update or build did: how many articles are live, what was skipped, how long it took.</summary>
public sealed record IndexReport(int Articles, IReadOnlyList<CorpusWarning> Warnings, TimeSpan Took, IndexAction Action, string? Problem)
{
    public bool Reused => Action == IndexAction.Reused;

    /// <summary>Why the index was built, updated or loaded; null when it was reused.</summary>
    public string? Reason { get; init; }

    /// <summary>What an update found; null for other actions.</summary>
    public CorpusChanges? Changes { get; init; }

    /// <summary>How many articles were analysed and written: all of them in a build, those of the changed files in an update.</summary>
    public int Analysed { get; init; }

    /// <summary>What was done and why, for a log line: "built (there is no index yet)", "updated (…; 1 article analysed)", "kept", …</summary>
    public string Summary => Action switch
    {
        IndexAction.Reused when Problem is not null => "kept",
        IndexAction.Reused => Reason is null ? "reused" : $"reused ({Reason})",
        IndexAction.Updated => $"updated ({Reason}; {Analysed} article{(Analysed == 1 ? "" : "s")} analysed)",
        _ => $"{Action.ToString().ToLowerInvariant()} ({Reason})",
    };
}
