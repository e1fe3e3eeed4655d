using Microsoft.Extensions.Options;
using Search.Engine;
using Search.Engine.Indexing;

namespace Search.Host.Hosting;

/// <summary>
/// Loads the index when the host starts — building it from the corpus on first start or when the
/// analysis changed, else serving it at once and bringing it up to date with the corpus file by
/// file — without holding up the start itself: /healthz answers at once. Then keeps it current:
/// a corpus change (reported by the <see cref="CorpusWatcher"/>, or found by the poll every
/// <see cref="ApiOptions.IndexPollSeconds"/>) is indexed alone and served, and a commit another
/// process (the command line's <c>index</c>) made is served too. A step that fails (a full disk, a
/// write lock held too long) is logged in one line and tried again, waiting twice as long after
/// each failure up to <see cref="MaxBackoff"/>; a first build that failed is tried again the same
/// way, so the service becomes ready once whatever stopped it is mended.
/// </summary>
internal sealed partial class IndexLoader(IndexManager manager, SearchPaths paths, IndexLoaderState state, IOptions<ApiOptions> options, ILogger<IndexLoader> logger)
    : BackgroundService
{
    /// <summary>How long the corpus folder must be quiet after a change event before it is read.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(100);

    /// <summary>The longest wait between tries after failures.</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = options.Value.IndexPollSeconds > 0 ? TimeSpan.FromSeconds(options.Value.IndexPollSeconds) : (TimeSpan?)null;
        using var watcher = poll is not null ? new CorpusWatcher(paths.CorpusDirectory) : null;
        await Run(async () => await manager.EnsureLoadedAsync(stoppingToken));
        while (!stoppingToken.IsCancellationRequested)
        {
            // Without polling the corpus is read at start only, but a start that failed is still tried again.
            if (poll is null && state.Failures == 0)
                return;
            var wait = state.Failures == 0 ? poll!.Value : Backoff(poll ?? DefaultPoll, state.Failures);
            try
            {
                if (watcher is not null)
                    await watcher.WaitAsync(wait, Quiet, stoppingToken);
                else
                    await Task.Delay(wait, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            if (!manager.IsServing)
                await Run(async () => await manager.EnsureLoadedAsync(stoppingToken));
            else if (await Run(() => manager.UpdateAsync(stoppingToken)))
                await Run(() => manager.LoadIfReplacedAsync(stoppingToken));
        }
    }

    private static readonly TimeSpan DefaultPoll = TimeSpan.FromSeconds(2);

    /// <summary>Twice the poll for each failure in a row, at most <see cref="MaxBackoff"/>.</summary>
    public static TimeSpan Backoff(TimeSpan poll, int failures) =>
        TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, poll.Ticks * (1L << Math.Min(failures, 20))));

    /// <summary>
    /// Runs one index step and logs what it did; a failure is logged in one line and the host goes
    /// on. False when it failed: a step after it waits for the next round, so the failures in a row
    /// are counted and the wait grows.
    /// </summary>
    private async Task<bool> Run(Func<Task<IndexReport?>> step)
    {
        try
        {
            if (await step() is { } report)
                Log(report);
            state.Succeeded();
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        catch (Exception e)
        {
            var failures = state.Failed(e);
            var poll = options.Value.IndexPollSeconds > 0 ? TimeSpan.FromSeconds(options.Value.IndexPollSeconds) : DefaultPoll;
            LogFailed(logger, manager.IndexPath, e.GetType().Name, e.Message, failures, Backoff(poll, failures).TotalSeconds);
            LogFailureDetail(logger, e);
            return false;
        }
    }

    private void Log(IndexReport report)
    {
        foreach (var warning in report.Warnings)
            LogFileWarning(logger, warning.File, warning.Stage, warning.Reason);
        if (report.Problem is not null)
            LogProblem(logger, report.Problem);
        LogLoaded(logger, report.Summary, report.Articles, report.Took.TotalSeconds, manager.IndexPath);
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Index {How}: {Articles} articles in {Seconds:0.00} s ({Path})")]
    private static partial void LogLoaded(ILogger logger, string how, int articles, double seconds, string path);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "Corpus file {File}: {Stage}: {Reason}")]
    private static partial void LogFileWarning(ILogger logger, string file, string stage, string reason);

    [LoggerMessage(EventId = 12, Level = LogLevel.Warning, Message = "{Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);

    [LoggerMessage(EventId = 13, Level = LogLevel.Error,
        Message = "The index could not be loaded, built or updated ({Path}): {Type}: {Reason} (failure {Failures} in a row; trying again in {Seconds:0} s)")]
    private static partial void LogFailed(ILogger logger, string path, string type, string reason, int failures, double seconds);

    /// <summary>The stack trace, for whoever turns debug logging on: at every failure it would bury the log.</summary>
    [LoggerMessage(EventId = 14, Level = LogLevel.Debug, Message = "The failure in detail")]
    private static partial void LogFailureDetail(ILogger logger, Exception exception);
}

/// <summary>How the index loader is doing: whether its last step failed, how often in a row, and why.</summary>
public sealed class IndexLoaderState
{
    private int _failures;
    private string? _lastFailure;

    /// <summary>Failures in a row of the loader's steps; 0 after a step that worked.</summary>
    public int Failures => Volatile.Read(ref _failures);

    /// <summary>Why the last step failed, while it is failing; null when it worked.</summary>
    public string? LastFailure => Volatile.Read(ref _lastFailure);

    internal void Succeeded()
    {
        Volatile.Write(ref _failures, 0);
        Volatile.Write(ref _lastFailure, null);
    }

    internal int Failed(Exception e)
    {
        Volatile.Write(ref _lastFailure, $"{e.GetType().Name}: {e.Message}");
        return Interlocked.Increment(ref _failures);
    }
}
