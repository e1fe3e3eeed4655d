using System.Text.RegularExpressions;

namespace Search.Host.Tests;

/// <summary>
/// No Docker engine runs here, so the image cannot be built in the tests; this at least keeps the
/// Dockerfile's references to the repository true as files move.
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly string Root = Search.Tests.RepositoryRoot.Path;

    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(Root, "Dockerfile"));

    [Fact]
    public void Every_path_copied_from_the_repository_exists()
    {
        var sources = Lines
            .Where(line => line.StartsWith("COPY ", StringComparison.Ordinal) && !line.Contains("--from="))
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1])
            .ToList();

        Assert.Contains("corpus/", sources);
        Assert.All(sources, source => Assert.True(
            File.Exists(Path.Combine(Root, source)) || Directory.Exists(Path.Combine(Root, source)),
            $"Dockerfile copies {source}, which is not in the repository"));
    }

    [Fact]
    public void Every_project_it_publishes_exists()
    {
        var projects = Lines.SelectMany(line => ProjectPath().Matches(line)).Select(match => match.Value).ToList();

        Assert.Contains("src/Search.Host/Search.Host.csproj", projects);
        Assert.All(projects, project => Assert.True(File.Exists(Path.Combine(Root, project)), $"missing {project}"));
    }

    [Fact]
    public void It_runs_as_a_non_root_user_with_a_health_check()
    {
        Assert.Contains(Lines, line => line.StartsWith("USER ", StringComparison.Ordinal) && !line.Contains("root"));
        Assert.Contains(Lines, line => line.StartsWith("HEALTHCHECK ", StringComparison.Ordinal));
        Assert.Contains(Lines, line => line.StartsWith("EXPOSE ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_host_is_published_ahead_of_time_compiled_from_sources_alone()
    {
        Assert.Contains(Lines, line => line.Contains("-p:PublishReadyToRun=true", StringComparison.Ordinal));
        // A local build's bin/ and obj/ copied in would be taken for up to date by the image's publish.
        var ignored = File.ReadAllLines(Path.Combine(Root, ".dockerignore")).Where(line => !line.StartsWith('#')).ToList();
        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
    }

    [Fact]
    public void The_container_dotnet_run_and_the_benchmarks_give_the_collector_the_same_first_generation()
    {
        // The runtime reads this setting from the environment alone, so each way of starting the host
        // carries it; a value changed in one place and not the others would serve, or measure, another service.
        var inImage = Gen0Size(Lines.Where(line => !line.TrimStart().StartsWith('#')));
        var inBenchmarks = Gen0Size(File.ReadLines(Path.Combine(Root, "bench/run.sh")).Where(line => line.StartsWith("export ", StringComparison.Ordinal)));
        using var launch = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "src/Search.Host/Properties/launchSettings.json")));
        var inDotnetRun = launch.RootElement.GetProperty("profiles").GetProperty("Search.Host")
            .GetProperty("environmentVariables").GetProperty("DOTNET_GCgen0size").GetString();

        Assert.Matches("^0x[0-9A-Fa-f]+$", inImage);
        Assert.Equal(inImage, inDotnetRun);
        Assert.Equal(inImage, inBenchmarks);
    }

    /// <summary>The one value given to <c>DOTNET_GCgen0size</c> in these lines (<c>=V</c>, or a shell default <c>:-V}</c>).</summary>
    private static string Gen0Size(IEnumerable<string> lines) =>
        lines.Select(line => Gen0SizeValue().Match(line)).Single(match => match.Success).Groups[1].Value;

    [GeneratedRegex(@"\bDOTNET_GCgen0size(?:=|=""\$\{DOTNET_GCgen0size:-)(0x[0-9A-Fa-f]+)")]
    private static partial Regex Gen0SizeValue();

    [GeneratedRegex(@"src/[\w./]+\.csproj")]
    private static partial Regex ProjectPath();
}
