namespace Search.Host.Hosting;

/// <summary>
/// Wakes the index loader as soon as something changes in the corpus folder (inotify on Linux,
/// through <see cref="FileSystemWatcher"/>), so a page that lands is indexed within moments rather
/// than at the next poll. Events only say "look again": what changed is worked out by comparing the
/// corpus with the index, so lost or duplicated events do no harm, and the poll stays as the safety net.
/// </summary>
internal sealed class CorpusWatcher : IDisposable
{
    private readonly FileSystemWatcher? _watcher;
    private readonly SemaphoreSlim _changed = new(0, 1);

    public CorpusWatcher(string directory)
    {
        if (!Directory.Exists(directory))
            return;
        try
        {
            _watcher = new FileSystemWatcher(directory) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            _watcher.Created += (_, _) => Signal();
            _watcher.Changed += (_, _) => Signal();
            _watcher.Deleted += (_, _) => Signal();
            _watcher.Renamed += (_, _) => Signal();
            _watcher.Error += (_, _) => Signal();
            _watcher.EnableRaisingEvents = true;
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException)
        {
            _watcher?.Dispose();
            _watcher = null; // e.g. out of inotify watches: polling alone still finds every change
        }
    }

    /// <summary>
    /// Waits for a change or the timeout, whichever comes first; after a change, waits until the
    /// folder has been quiet for <paramref name="quiet"/> (a file being copied raises several events).
    /// True when woken by a change.
    /// </summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeSpan quiet, CancellationToken cancellation)
    {
        if (!await _changed.WaitAsync(timeout, cancellation))
            return false;
        while (await _changed.WaitAsync(quiet, cancellation))
        {
        }
        return true;
    }

    private void Signal()
    {
        try
        {
            if (_changed.CurrentCount == 0)
                _changed.Release();
        }
        catch (SemaphoreFullException)
        {
            // already signalled
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _changed.Dispose();
    }
}
