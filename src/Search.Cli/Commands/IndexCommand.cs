using System.CommandLine;
using Search.Analysis;
using Search.Engine.Indexing;

namespace Search.Cli.Commands;

/// <summary>
/// <c>search index</c>: builds the index from the corpus (Search:CorpusPath) into Search:IndexPath,
/// reusing the existing one when neither the corpus nor the analysis changed, unless <c>--force</c>.
/// </summary>
internal static class IndexCommand
{
    public static Command Create(Lazy<CliContext> context)
    {
        var force = new Option<bool>("--force") { Description = "Rebuild even when the index is up to date." };
        var command = new Command("index", "Build (or refresh) the index from the corpus.") { force };
        command.SetAction(async (parseResult, cancellation) =>
        {
            var ctx = context.Value;
            var manager = new IndexManager(ctx.Paths, WordAnalyzer.Default, ctx.Options.IndexThreads);
            var report = await manager.BuildAsync(parseResult.GetValue(force), cancellation);
            foreach (var warning in report.Warnings)
                ctx.Error.WriteLine($"warning: {warning}");
            if (report.Problem is not null)
                ctx.Error.WriteLine($"warning: {report.Problem}");
            var what = report.Reused ? "reused (corpus and analysis unchanged)" : $"built ({report.Reason})";
            ctx.Output.WriteLine($"{report.Articles} articles, index {what}, {report.Took.TotalSeconds:0.00} s: {manager.IndexPath}");
            return 0;
        });
        return command;
    }
}
