using System.CommandLine;
using Search.Corpus.Figures;
using Search.Engine.Figures;
using Search.Engine.Indexing;
using Search.Rendering;

namespace Search.Cli.Commands;

/// <summary>
/// <c>search figures [--place P] [--year Y] [--indicator I] [--kind target|result] [--csv]</c>: the
/// key figures of the built index, a line each (year, district, kind, indicator, measure, value,
/// article), or as the CSV of <c>/api/figures.csv</c>. An unknown district or indicator is an error.
/// </summary>
internal static class FiguresCommand
{
    public static Command Create(Lazy<CliContext> context)
    {
        var placeOption = new Option<string[]>("--place", "--district") { Description = "Only these places and those under them (repeatable; a code or any name: 崂山, 崂山区, 山东省)." };
        var years = new Option<int[]>("--year") { Description = "Only these years (repeatable)." };
        var indicators = new Option<string[]>("--indicator") { Description = "Only these indicators (repeatable), by any of their names, e.g. 地区生产总值 or GDP." };
        var kind = new Option<FigureKind?>("--kind") { Description = "target or result." };
        var csv = new Option<bool>("--csv") { Description = "Write CSV (UTF-8 with a byte-order mark) instead of lines." };
        var command = new Command("figures", "Print the key figures (targets and results) found in the index.") { placeOption, years, indicators, kind, csv };
        command.SetAction(async (parseResult, cancellation) =>
        {
            var ctx = context.Value;
            var (places, problems) = PlaceArguments.Resolve(placeOption.Name, parseResult.GetValue(placeOption)!);
            var unknown = problems
                .Concat(parseResult.GetValue(indicators)!.Where(name => Indicators.Called(name) is null).Select(name => $"--indicator: \"{name}\" is not an indicator; use one of {string.Join("、", Indicators.All.Select(i => i.Name))}"))
                .ToList();
            if (unknown.Count > 0)
            {
                unknown.ForEach(ctx.Error.WriteLine);
                return 2;
            }
            using var manager = IndexManager.For(ctx.Paths, ctx.Options);
            await manager.EnsureLoadedAsync(cancellation);
            // GDP, 生产总值 …: an indicator by any name it is written under, as the API reads it.
            var request = new FigureRequest(places, parseResult.GetValue(years),
                [.. parseResult.GetValue(indicators)!.Select(name => Indicators.Called(name)!.Name)], parseResult.GetValue(kind));
            using var lease = manager.Lease()!;
            var rows = FigureFinder.Find(lease.Searcher.Index, request);
            if (parseResult.GetValue(csv))
            {
                ctx.Output.Write(System.Text.Encoding.UTF8.GetString(FigureCsv.Write(rows)));
                return 0;
            }
            foreach (var row in rows)
            {
                var f = row.Figure;
                ctx.Output.WriteLine(string.Join('\t', f.Year, f.Place.Name, FigureWording.Kind(f.Kind), f.Indicator, FigureWording.Measure(f.Measure), FigureWording.Value(f), f.ArticleId));
            }
            if (rows.Count == 0)
                ctx.Error.WriteLine("no figures pass these filters");
            return 0;
        });
        return command;
    }
}
