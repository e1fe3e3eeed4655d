using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Search.Host.Tests;

/// <summary>
/// The real host, composed exactly as Program.cs composes it, listening on a free loopback port.
/// Tests talk to it over real HTTP and can read the log lines it wrote.
/// </summary>
public sealed class RunningHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CapturingLoggerProvider _logs;

    private RunningHost(WebApplication app, CapturingLoggerProvider logs, Uri address)
    {
        _app = app;
        _logs = logs;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public IReadOnlyCollection<string> LogLines => _logs.Lines;

    public static async Task<RunningHost> StartAsync(params string[] args)
    {
        var builder = WebApplication.CreateBuilder(["--urls=http://127.0.0.1:0", .. args]);
        var logs = new CapturingLoggerProvider();
        builder.Logging.AddProvider(logs);

        var app = SearchHost.Build(builder);
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Single();
        return new RunningHost(app, logs, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
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
