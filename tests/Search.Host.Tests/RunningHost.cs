using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Search.Engine.Indexing;

namespace Search.Host.Tests;

/// <summary>
/// The real host, composed exactly as Program.cs composes it, listening on a free loopback port.
/// Tests talk to it over real HTTP and can read the log lines it wrote.
/// </summary>
public sealed class RunningHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CapturingLoggerProvider _logs;

    private readonly string _indexDirectory;

    private RunningHost(WebApplication app, CapturingLoggerProvider logs, Uri address, string indexDirectory)
    {
        _app = app;
        _logs = logs;
        _indexDirectory = indexDirectory;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    /// <summary>GET with the query string percent-encoded, as a browser sends it.</summary>
    public Task<HttpResponseMessage> GetAsync(string path, params (string Name, string Value)[] query) =>
        Client.GetAsync(path + (query.Length == 0 ? "" : "?" + string.Join('&', query.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}"))));

    /// <summary>The JSON body of a GET.</summary>
    public async Task<JsonElement> JsonAsync(string path, params (string Name, string Value)[] query) =>
        JsonDocument.Parse(await (await GetAsync(path, query)).Content.ReadAsStringAsync()).RootElement;

    /// <summary>The ids of a search response's hits, in order.</summary>
    public static List<string?> HitIds(JsonElement search) =>
        [.. search.GetProperty("hits").EnumerateArray().Select(hit => hit.GetProperty("id").GetString())];

    public IServiceProvider Services => _app.Services;

    public IReadOnlyCollection<string> LogLines => _logs.Lines;

    /// <summary>Starts the host; unless the arguments set Search:IndexPath, its index goes to a private temporary folder.</summary>
    public static Task<RunningHost> StartAsync(params string[] args) => StartAsync(_ => { }, args);

    /// <summary>
    /// Starts the host with endpoints of the test's own mapped after the host's (one that fails, to see
    /// how a failure is answered): the host's whole pipeline runs before them.
    /// </summary>
    public static async Task<RunningHost> StartAsync(Action<WebApplication> alsoMap, params string[] args)
    {
        var indexDirectory = Directory.CreateTempSubdirectory("host-index-").FullName;
        var builder = WebApplication.CreateBuilder(["--urls=http://127.0.0.1:0", $"--Search:IndexPath={indexDirectory}", .. args]);
        var logs = new CapturingLoggerProvider();
        builder.Logging.AddProvider(logs);

        var app = SearchHost.Build(builder);
        alsoMap(app);
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Single();
        return new RunningHost(app, logs, new Uri(address), indexDirectory);
    }

    /// <summary>
    /// Waits until a log line containing <paramref name="text"/> has been written, past the first
    /// <paramref name="after"/> such lines (or fails after 30 s).
    /// </summary>
    public async Task<string> WaitForLogAsync(string text, int after = 0)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (LogLines.Where(line => line.Contains(text)).Skip(after).FirstOrDefault() is { } line)
                return line;
            await Task.Delay(20);
        }
        throw new TimeoutException($"no log line containing \"{text}\"; log: " + string.Join('\n', LogLines));
    }

    /// <summary>Waits until the background loader has an index live (or fails after <paramref name="timeout"/>).</summary>
    public async Task<Engine.Searching.Searcher> WaitForIndexAsync(TimeSpan timeout)
    {
        var manager = Services.GetRequiredService<Engine.Indexing.IndexManager>();
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (manager.Latest() is { } searcher)
                return searcher;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("the index was not loaded in time; log: " + string.Join('\n', LogLines));
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_indexDirectory, recursive: true);
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyCollection<string> Lines => _lines;

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

        public void Dispose() { }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
                Func<TState, Exception?, string> formatter) => lines.Enqueue($"{category}: {formatter(state, exception)}");
        }
    }
}
