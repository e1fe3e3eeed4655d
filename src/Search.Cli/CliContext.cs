using Microsoft.Extensions.Configuration;
using Search.Engine;

namespace Search.Cli;

/// <summary>What every command gets: the bound settings, the resolved paths and where to write.</summary>
public sealed record CliContext(SearchOptions Options, SearchPaths Paths, TextWriter Output, TextWriter Error)
{
    /// <summary>
    /// Reads settings the way the host does: appsettings.json beside the program, then environment
    /// variables (<c>Search__IndexPath</c>), then <c>--Search:…</c> arguments, the last one winning.
    /// </summary>
    public static CliContext Create(string[] configurationArgs, TextWriter output, TextWriter error)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(configurationArgs)
            .Build();

        var options = new SearchOptions();
        configuration.GetSection(SearchOptions.SectionName).Bind(options);
        return new CliContext(options, SearchPaths.Resolve(options, Directory.GetCurrentDirectory()), output, error);
    }
}
