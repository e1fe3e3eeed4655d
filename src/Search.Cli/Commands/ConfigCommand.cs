using System.CommandLine;
using System.Text.Json;

namespace Search.Cli.Commands;

/// <summary><c>search config</c>: shows the settings in effect and the folders they resolve to.</summary>
internal static class ConfigCommand
{
    public static Command Create(Lazy<CliContext> context)
    {
        var command = new Command("config", "Print the effective settings (Search section) and resolved paths as JSON.");
        command.SetAction(_ =>
        {
            var ctx = context.Value;
            var settings = new
            {
                ctx.Options.CorpusPath,
                ctx.Options.IndexPath,
                ctx.Options.FoldTraditional,
                ctx.Options.Pinyin,
                ctx.Paths.CorpusDirectory,
                ctx.Paths.IndexDirectory,
            };
            ctx.Output.WriteLine(JsonSerializer.Serialize(settings, CliJson.Options));
            return 0;
        });
        return command;
    }
}
