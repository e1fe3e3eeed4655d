using System.Net;
using System.Net.Sockets;

namespace Search.Cli.Tests;

public sealed class HealthCommandTests
{
    [Fact]
    public async Task Succeeds_when_the_host_answers_200()
    {
        var port = FreePort();
        using var listener = new HttpListener { Prefixes = { $"http://127.0.0.1:{port}/" } };
        listener.Start();
        var answering = Task.Run(async () =>
        {
            var context = await listener.GetContextAsync();
            context.Response.StatusCode = context.Request.Url!.AbsolutePath == "/healthz" ? 200 : 404;
            context.Response.Close();
        });

        var run = await Task.Run(() => CliRun.Of("health", "--url", $"http://127.0.0.1:{port}"));
        await answering.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("/healthz 200", run.Output);
    }

    [Fact]
    public void Fails_with_a_message_when_nothing_listens()
    {
        var run = CliRun.Of("health", "--url", $"http://127.0.0.1:{FreePort()}");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("unreachable", run.Error);
    }

    [Fact]
    public void Rejects_an_address_that_is_not_a_url()
    {
        var run = CliRun.Of("health", "--url", "not a url");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("absolute address", run.Error);
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
