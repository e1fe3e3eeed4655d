namespace Search.Host.Tests;

/// <summary>One host over the repository's corpus, shared by a test class, with its index loaded.</summary>
public sealed class HostFixture : IAsyncLifetime
{
    public RunningHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await RunningHost.StartAsync("--Search:AdminApiKey=test-admin-key");
        await Host.WaitForIndexAsync(TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
