using Microsoft.Extensions.Options;
using Search.Engine.Indexing;

namespace Search.Host.Hosting;

/// <summary>
/// Loads the index when the host starts — building it from the corpus on first start, or when the
/// corpus or the analysis changed — without holding up the start itself: /healthz answers at once.
/// Then serves any index file another process swaps in (<see cref="ApiOptions.IndexPollSeconds"/>).
/// </summary>
internal sealed partial class IndexLoader(IndexManager manager, IOptions<ApiOptions> options, ILogger<IndexLoader> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var report = await manager.EnsureLoadedAsync(stoppingToken);
            Log(report, report.Reused ? "reused" : $"built ({report.Reason})");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e, manager.IndexPath);
        }

        if (options.Value.IndexPollSeconds <= 0)
            return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.IndexPollSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await manager.LoadIfReplacedAsync(stoppingToken) is { } report)
                    Log(report, report.Problem is null ? $"loaded ({report.Reason})" : "kept");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e, manager.IndexPath);
            }
        }
    }

    private void Log(IndexReport report, string how)
    {
        foreach (var warning in report.Warnings)
            LogSkipped(logger, warning.File, warning.Reason);
        if (report.Problem is not null)
            LogProblem(logger, report.Problem);
        LogLoaded(logger, report.Articles, how, report.Took.TotalSeconds, manager.IndexPath);
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Index {How}: {Articles} articles in {Seconds:0.00} s ({Path})")]
    private static partial void LogLoaded(ILogger logger, int articles, string how, double seconds, string path);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "Corpus file skipped: {File}: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string file, string reason);

    [LoggerMessage(EventId = 12, Level = LogLevel.Warning, Message = "{Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);

    [LoggerMessage(EventId = 13, Level = LogLevel.Error, Message = "The index could not be loaded or built ({Path})")]
    private static partial void LogFailed(ILogger logger, Exception exception, string path);
}
