using System.CommandLine;
using System.Text.Json;
using Search.Corpus;

namespace Search.Cli.Commands;

/// <summary>
/// <c>search articles [FOLDER]</c>: splits the corpus into articles and prints one JSON object per
/// line, so the split can be checked by eye or with jq. Skipped files are reported on standard error.
/// </summary>
internal static class ArticlesCommand
{
    public static Command Create(Lazy<CliContext> context)
    {
        var folder = new Argument<string?>("folder")
        {
            Description = "Corpus folder (default: Search:CorpusPath).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("articles", "Print the articles found in the corpus as JSON lines.") { folder };
        command.SetAction(parseResult =>
        {
            var ctx = context.Value;
            var directory = parseResult.GetValue(folder) is { } given ? Path.GetFullPath(given) : ctx.Paths.CorpusDirectory;
            var warnings = 0;
            foreach (var article in new CorpusReader(directory, ctx.Options.Limits).Read(warning =>
            {
                warnings++;
                ctx.Error.WriteLine($"warning: {warning}");
            }))
            {
                ctx.Output.WriteLine(JsonSerializer.Serialize(article, CliJson.Options));
            }
            return Directory.Exists(directory) ? 0 : 1;
        });
        return command;
    }
}
