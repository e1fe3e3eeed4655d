using System.Diagnostics;
using Lucene.Net.Analysis;

namespace Search.Analysis.Filters;

/// <summary>
/// Analysing one document failed: the document is at fault, not the index. Lucene drops a document
/// whose token stream throws and goes on with the others (an exception in its own indexing chain
/// instead aborts everything buffered); the indexer tells the two apart by this type.
/// </summary>
public class AnalysisException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The analysis of one document ran past its <see cref="AnalysisDeadline"/>.</summary>
public sealed class AnalysisTimeoutException(string message) : AnalysisException(message);

/// <summary>
/// A time limit for the analysis running on this thread: the indexer sets it around each document
/// it adds (Lucene analyses a document on the thread that adds it), and the chains check it every
/// <see cref="TokensBetweenChecks"/> tokens. The clock starts at the first check, so that a flush
/// the writer makes before analysing the document does not count. Unset — for queries, and
/// anywhere else — it costs one thread-static read.
/// </summary>
public static class AnalysisDeadline
{
    public const int TokensBetweenChecks = 1024;

    /// <summary>Longer limits are this one: beyond it the clock's arithmetic would overflow, and nothing analyses for a day.</summary>
    private static readonly TimeSpan Longest = TimeSpan.FromDays(1);

    [ThreadStatic]
    private static TimeSpan? _limit;

    [ThreadStatic]
    private static long _deadline;

    /// <summary>Limits the analysis this thread does until the returned scope is disposed.</summary>
    public static Scope Start(TimeSpan limit)
    {
        _limit = limit < Longest ? limit : Longest;
        _deadline = 0;
        return default;
    }

    /// <exception cref="AnalysisTimeoutException">The deadline has passed.</exception>
    public static void ThrowIfPassed()
    {
        if (_limit is not { } limit)
            return;
        var now = Stopwatch.GetTimestamp();
        if (_deadline == 0)
            _deadline = now + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        else if (now > _deadline)
            throw new AnalysisTimeoutException($"its analysis took longer than {limit.TotalSeconds:0.###} s (Search:MaxSecondsPerArticle)");
    }

    public readonly struct Scope : IDisposable
    {
        public void Dispose() => _limit = null;
    }
}

/// <summary>
/// The last filter of every chain the index uses: whatever the stages below throw becomes an
/// <see cref="AnalysisException"/>, and the <see cref="AnalysisDeadline"/> is checked as tokens pass.
/// </summary>
public sealed class AnalysisGuard(TokenStream input) : TokenFilter(input)
{
    private int _sinceCheck;

    public override bool IncrementToken()
    {
        if (++_sinceCheck >= AnalysisDeadline.TokensBetweenChecks)
        {
            _sinceCheck = 0;
            AnalysisDeadline.ThrowIfPassed();
        }
        try
        {
            return m_input.IncrementToken();
        }
        catch (Exception e) when (e is not AnalysisException)
        {
            throw new AnalysisException($"its analysis failed ({e.GetType().Name}: {e.Message})", e);
        }
    }

    public override void Reset()
    {
        base.Reset();
        _sinceCheck = 0;
    }
}
