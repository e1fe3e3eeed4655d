using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;

namespace Search.Bench;

/// <summary>
/// A real host process on a free loopback port, over a given corpus and index folder, with the
/// lines it logs kept for reading. Killed when disposed.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();

    public HostProcess(string hostDll, string corpus, string index, string logLevel = "Warning")
    {
        var port = FreePort();
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                hostDll, "--urls", Client.BaseAddress.ToString(), $"--Search:CorpusPath={corpus}", $"--Search:IndexPath={index}",
                "--Search:SearchRequestsPerMinute=100000000", $"--Logging:LogLevel:Default={logLevel}",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("the host did not start");
        _process.OutputDataReceived += (_, line) => { if (line.Data is { } text) _log.Enqueue(text); };
        _process.ErrorDataReceived += (_, line) => { if (line.Data is { } text) _log.Enqueue(text); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public HttpClient Client { get; }

    public IReadOnlyCollection<string> Log => _log;

    /// <summary>A GET answered 200, or null while the host is not listening yet; throws once the host has exited.</summary>
    public async Task<string?> TryGetAsync(string pathAndQuery)
    {
        if (_process.HasExited)
            throw new InvalidOperationException($"the host exited with code {_process.ExitCode}: {string.Join('\n', _log)}");
        try
        {
            using var response = await Client.GetAsync(pathAndQuery);
            return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>Waits, polling every 5 ms, until <paramref name="answered"/> holds for a GET of the path.</summary>
    public async Task<string> WaitForAsync(string pathAndQuery, Func<string, bool> answered, TimeSpan timeout)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < timeout)
        {
            if (await TryGetAsync(pathAndQuery) is { } body && answered(body))
                return body;
            await Task.Delay(5);
        }
        throw new TimeoutException($"{pathAndQuery} not answered as expected within {timeout.TotalSeconds} s");
    }

    /// <summary>Waits until the log has more than <paramref name="seen"/> lines containing <paramref name="text"/>; returns the newest.</summary>
    public async Task<string> WaitForLogAsync(string text, int seen, TimeSpan timeout)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < timeout)
        {
            var lines = _log.Where(line => line.Contains(text, StringComparison.Ordinal)).ToList();
            if (lines.Count > seen)
                return lines[^1];
            await Task.Delay(5);
        }
        throw new TimeoutException($"no new log line containing \"{text}\" within {timeout.TotalSeconds} s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
