using System.Net;
using System.Net.Http.Json;

namespace Search.Host.Tests.Api;

public sealed class AdminApiTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly RunningHost _host = fixture.Host;

    private Task<HttpResponseMessage> Reindex(Action<HttpRequestMessage>? authorize = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/reindex");
        authorize?.Invoke(request);
        return _host.Client.SendAsync(request);
    }

    [Fact]
    public async Task Without_a_key_the_answer_is_401_with_a_challenge()
    {
        var response = await Reindex();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("Authorization", "Bearer wrong-key")]
    [InlineData("Authorization", "Bearer test-admin-key-but-longer")]
    [InlineData("X-Api-Key", "test-admin-ke")]
    [InlineData("Authorization", "Basic dGVzdC1hZG1pbi1rZXk=")]
    public async Task A_wrong_key_is_401(string header, string value)
    {
        var response = await Reindex(request => request.Headers.TryAddWithoutValidation(header, value));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("Authorization", "Bearer test-admin-key")]
    [InlineData("X-Api-Key", "test-admin-key")]
    public async Task The_right_key_rebuilds_and_answers_when_the_new_index_is_live(string header, string value)
    {
        var before = await _host.Client.GetFromJsonAsync<Dictionary<string, object>>("/readyz");

        var response = await Reindex(request => request.Headers.TryAddWithoutValidation(header, value));
        var report = await response.Content.ReadFromJsonAsync<ReindexBody>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(9, report!.Articles);
        Assert.True(report.Seconds > 0);
        Assert.Equal("9", before!["articles"].ToString());
        Assert.Equal(HttpStatusCode.OK, (await _host.GetAsync("/api/search", ("q", "上合"))).StatusCode);
    }

    [Fact]
    public async Task The_key_never_appears_in_the_log()
    {
        await Reindex(request => request.Headers.TryAddWithoutValidation("X-Api-Key", "test-admin-key"));
        await Reindex(request => request.Headers.TryAddWithoutValidation("Authorization", "Bearer test-admin-key"));

        Assert.DoesNotContain(_host.LogLines, line => line.Contains("test-admin-key"));
    }

    private sealed record ReindexBody(int Articles, double Seconds, string[] Warnings);
}

public sealed class AdminApiWithoutKeyTests
{
    [Fact]
    public async Task With_no_key_configured_the_endpoint_does_not_exist()
    {
        await using var host = await RunningHost.StartAsync();

        var response = await host.Client.PostAsync("/api/admin/reindex", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
