namespace Search.Cli;

/// <summary>
/// Separates configuration overrides (<c>--Search:CorpusPath=/x</c> or <c>--Search:CorpusPath /x</c>,
/// the ASP.NET Core command-line form) from the words that name a command and its options, so the
/// command line takes the same settings as the host.
/// </summary>
public static class ConfigurationArguments
{
    private const string Prefix = "--" + Engine.SearchOptions.SectionName + ":";

    public static (string[] Configuration, string[] Command) Split(IReadOnlyList<string> args)
    {
        var configuration = new List<string>();
        var command = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            {
                command.Add(arg);
                continue;
            }
            configuration.Add(arg);
            if (!arg.Contains('=') && i + 1 < args.Count)
                configuration.Add(args[++i]);
        }
        return (configuration.ToArray(), command.ToArray());
    }
}
