using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Search.Host.Hosting;

namespace Search.Host.Tests;

/// <summary>
/// The endpoints that read the index run at most one handler per core at a time; the requests over
/// that wait their turn and are answered as usual.
/// </summary>
public sealed class SearchConcurrencyTests
{
    [Fact]
    public async Task Handlers_run_at_most_one_per_core_and_every_request_is_answered()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<SearchConcurrency>();
        await using var app = builder.Build();
        var (running, most) = (0, 0);
        app.MapGroup("").LimitToCores().MapGet("/work", async () =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            await Task.Delay(50);
            Interlocked.Decrement(ref running);
            return Results.Text("done");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        var requests = 4 * Environment.ProcessorCount + 1;
        var answers = await Task.WhenAll(Enumerable.Range(0, requests).Select(async _ =>
        {
            using var response = await client.GetAsync("/work");
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));
        await app.StopAsync();

        Assert.All(answers, answer => Assert.Equal((HttpStatusCode.OK, "done"), answer));
        Assert.Equal(Environment.ProcessorCount, most);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
                return;
        }
    }
}
