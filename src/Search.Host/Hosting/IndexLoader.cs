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
/// process (the command line's <c>index</c>) made is served too.
/// </summary>
internal sealed partial class IndexLoader(IndexManager manager, SearchPaths paths, IOptions<ApiOptions> options, ILogger<IndexLoader> logger) : BackgroundService
{
    /// <summary>How long the corpus folder must be quiet after a change event before it is read.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var watcher = options.Value.IndexPollSeconds > 0 ? new CorpusWatcher(paths.CorpusDirectory) : null;
        await Run(async () => await manager.EnsureLoadedAsync(stoppingToken));
        if (watcher is null)
            return;

        var poll = TimeSpan.FromSeconds(options.Value.IndexPollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await watcher.WaitAsync(poll, Quiet, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            await Run(() => manager.UpdateAsync(stoppingToken));
            await Run(() => manager.LoadIfReplacedAsync(stoppingToken));
        }
    }

    /// <summary>Runs one index step and logs what it did; a failure is logged and the host goes on.</summary>
    private async Task Run(Func<Task<IndexReport?>> step)
    {
        try
        {
            if (await step() is { } report)
                Log(report);
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            LogFailed(logger, e, manager.IndexPath);
        }
    }

    private void Log(IndexReport report)
    {
        foreach (var warning in report.Warnings)
            LogSkipped(logger, warning.File, warning.Reason);
        if (report.Problem is not null)
            LogProblem(logger, report.Problem);
        LogLoaded(logger, report.Summary, report.Articles, report.Took.TotalSeconds, manager.IndexPath);
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Index {How}: {Articles} articles in {Seconds:0.00} s ({Path})")]
    private static partial void LogLoaded(ILogger logger, string how, int articles, double seconds, string path);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "Corpus file skipped: {File}: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string file, string reason);

    [LoggerMessage(EventId = 12, Level = LogLevel.Warning, Message = "{Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);

    [LoggerMessage(EventId = 13, Level = LogLevel.Error, Message = "The index could not be loaded, built or updated ({Path})")]
    private static partial void LogFailed(ILogger logger, Exception exception, string path);
}
