using System.CommandLine;
using Search.Cli.Commands;

namespace Search.Cli;

/// <summary>The <c>search</c> command line: parses the arguments and runs one command.</summary>
public static class SearchCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var (configurationArgs, commandArgs) = ConfigurationArguments.Split(args);
        var context = new Lazy<CliContext>(() => CliContext.Create(configurationArgs, output, error));

        var root = new RootCommand("Full-text search over Qingdao district government work reports.")
        {
            ConfigCommand.Create(context),
            HealthCommand.Create(context),
            ArticlesCommand.Create(context),
            AnalyzeCommand.Create(context),
            IndexCommand.Create(context),
            SearchCommand.Create(context),
            FiguresCommand.Create(context),
            TermsCommand.Create(context),
        };
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return root.Parse(commandArgs).Invoke(configuration);
    }
}
