using System.CommandLine;
using Search.Engine.Indexing;

namespace Search.Cli.Commands;

/// <summary>
/// <c>search index</c>: brings the index in Search:IndexPath up to date with the corpus
/// (Search:CorpusPath) — building it when there is none or it was built by other code, else
/// re-reading only the files that changed — or rebuilds it whole with <c>--force</c>. Prints the
/// warnings of this run, then those the index keeps of files read before (each file is read once
/// per version), so every problem of the corpus is listed.
/// </summary>
internal static class IndexCommand
{
    public static Command Create(Lazy<CliContext> context)
    {
        var force = new Option<bool>("--force") { Description = "Rebuild the whole index, even when it is up to date." };
        var command = new Command("index", "Build the index from the corpus, or update it with the files that changed.") { force };
        command.SetAction(async (parseResult, cancellation) =>
        {
            var ctx = context.Value;
            using var manager = IndexManager.For(ctx.Paths, ctx.Options);
            var report = await manager.BuildAsync(parseResult.GetValue(force), cancellation);
            foreach (var warning in report.Warnings)
                ctx.Error.WriteLine($"warning: {warning}");
            if (report.Problem is not null)
                ctx.Error.WriteLine($"warning: {report.Problem}");
            // Files read by an earlier run keep their warnings in the index: list them too, so that
            // every problem of the corpus shows here, not only this run's.
            var reported = report.Warnings.Select(warning => warning.File).ToHashSet(StringComparer.Ordinal);
            foreach (var file in manager.Status()?.FileProblems.Where(file => !reported.Contains(file.Note.File)) ?? [])
            {
                foreach (var warning in file.Note.Warnings)
                    ctx.Error.WriteLine($"noted earlier: {warning}");
                if (file.Note.MoreWarnings > 0)
                    ctx.Error.WriteLine($"noted earlier: {file.Note.File}: and {file.Note.MoreWarnings} more");
            }
            ctx.Output.WriteLine($"{report.Articles} articles, index {report.Summary}, {report.Took.TotalSeconds:0.00} s: {manager.IndexPath}");
            return 0;
        });
        return command;
    }
}
