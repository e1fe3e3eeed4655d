using System.CommandLine;
using Search.Corpus.Figures;
using Search.Corpus.Metadata;
using Search.Engine.Figures;
using Search.Engine.Indexing;

namespace Search.Cli.Commands;

/// <summary>
/// <c>search figures [--district D] [--year Y] [--indicator I] [--kind target|result] [--csv]</c>: the
/// key figures of the built index, a line each (year, district, kind, indicator, measure, value,
/// article), or as the CSV of <c>/api/figures.csv</c>. An unknown district or indicator is an error.
/// </summary>
internal static class FiguresCommand
{
    public static Command Create(Lazy<CliContext> context)
    {
        var districts = new Option<string[]>("--district") { Description = "Only these districts (repeatable; short forms such as 崂山 work)." };
        var years = new Option<int[]>("--year") { Description = "Only these years (repeatable)." };
        var indicators = new Option<string[]>("--indicator") { Description = "Only these indicators (repeatable), e.g. 地区生产总值." };
        var kind = new Option<FigureKind?>("--kind") { Description = "target or result." };
        var csv = new Option<bool>("--csv") { Description = "Write CSV (UTF-8 with a byte-order mark) instead of lines." };
        var command = new Command("figures", "Print the key figures (targets and results) found in the index.") { districts, years, indicators, kind, csv };
        command.SetAction(async (parseResult, cancellation) =>
        {
            var ctx = context.Value;
            var unknown = parseResult.GetValue(districts)!.Where(name => Districts.Canonical(name) is null).Select(name => $"--district: \"{name}\" is not a district")
                .Concat(parseResult.GetValue(indicators)!.Where(name => Indicators.Named(name) is null).Select(name => $"--indicator: \"{name}\" is not an indicator; use one of {string.Join("、", Indicators.All.Select(i => i.Name))}"))
                .ToList();
            if (unknown.Count > 0)
            {
                unknown.ForEach(ctx.Error.WriteLine);
                return 2;
            }
            using var manager = IndexManager.For(ctx.Paths, ctx.Options);
            await manager.EnsureLoadedAsync(cancellation);
            var request = new FigureRequest([.. parseResult.GetValue(districts)!.Select(name => Districts.Canonical(name)!)], parseResult.GetValue(years),
                parseResult.GetValue(indicators), parseResult.GetValue(kind));
            var rows = FigureFinder.Find(manager.Current!.Index, request);
            if (parseResult.GetValue(csv))
            {
                ctx.Output.Write(System.Text.Encoding.UTF8.GetString(FigureCsv.Write(rows)));
                return 0;
            }
            foreach (var row in rows)
            {
                var f = row.Figure;
                ctx.Output.WriteLine(string.Join('\t', f.Year, f.District, FigureWording.Kind(f.Kind), f.Indicator, FigureWording.Measure(f.Measure), FigureWording.Value(f), f.ArticleId));
            }
            if (rows.Count == 0)
                ctx.Error.WriteLine("no figures pass these filters");
            return 0;
        });
        return command;
    }
}
