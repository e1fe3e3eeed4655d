using System.CommandLine;

namespace Search.Cli.Commands;

/// <summary>
/// <c>search health</c>: asks a running host for <c>/healthz</c>; exit code 0 when it answers 200.
/// The container's HEALTHCHECK uses it because the runtime image has neither curl nor wget.
/// </summary>
internal static class HealthCommand
{
    public static Command Create(Lazy<CliContext> context)
    {
        var url = new Option<string>("--url")
        {
            Description = "Base address of the host.",
            DefaultValueFactory = _ => "http://localhost:5000",
        };
        url.Validators.Add(result =>
        {
            if (!Uri.TryCreate(result.GetValueOrDefault<string>(), UriKind.Absolute, out _))
                result.AddError("--url must be an absolute address such as http://localhost:5000");
        });
        var command = new Command("health", "Check that a running host answers GET /healthz.") { url };
        command.SetAction(async (parseResult, cancellation) =>
        {
            var ctx = context.Value;
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var target = new Uri(new Uri(parseResult.GetValue(url)!), "/healthz");
            try
            {
                using var response = await client.GetAsync(target, cancellation);
                ctx.Output.WriteLine($"{target} {(int)response.StatusCode}");
                return response.IsSuccessStatusCode ? 0 : 1;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                ctx.Error.WriteLine($"{target} unreachable: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
