using System.CommandLine;
using System.Globalization;
using Search.Engine.Searching;
using Search.Engine.Terms;
using Search.Places;
using Search.Rendering;

namespace Search.Cli.Commands;

/// <summary>
/// <c>search terms new|changes|distinctive|trend</c>: what changed in the reports, as
/// <c>/api/terms/…</c> answers it, a line a term (tab-separated) or, for a trend, CSV.
/// </summary>
internal static class TermsCommand
{
    public static Command Create(Lazy<CliContext> context) => new("terms", "What changed in the reports: new, rising and fading, distinctive terms, a term's trend.")
    {
        New(context), Changes(context), Distinctive(context), Trend(context),
    };

    private static Option<string?> PlaceOption() => new("--place") { Description = "The government, a code or any name (崂山区, 山东省, 国务院 is 全国)." };

    private static Option<int> SizeOption() => new("--size") { Description = "How many terms.", DefaultValueFactory = _ => NewTerms.DefaultSize };

    private static Command New(Lazy<CliContext> context)
    {
        var (place, size) = (PlaceOption(), SizeOption());
        var year = new Option<int?>("--year") { Description = "The year (default: the place's latest)." };
        var against = new Option<NewAgainst>("--against") { Description = "place: new to the place's own earlier reports (default); all: to every earlier report.", DefaultValueFactory = _ => NewAgainst.Place };
        var command = new Command("new", "Terms of a year's reports that no earlier report used, with their first use.") { place, year, against, size };
        command.SetAction((parseResult, cancellation) => Run(context, parseResult.GetValue(place), cancellation, (ctx, searcher, chosen) =>
        {
            var result = searcher.NewTerms(chosen, parseResult.GetValue(year) ?? Latest(searcher, chosen), parseResult.GetValue(against), parseResult.GetValue(size));
            ctx.Error.WriteLine($"{result.Year}: {result.Found} new terms against {Years(result.EarlierYears)}");
            foreach (var term in result.Terms)
                ctx.Output.WriteLine(string.Join('\t', term.Term, term.Count.Mentions, term.Count.Articles, Rate(term.Count),
                    $"first {term.FirstYear} {string.Join("、", term.FirstPlaces.Select(p => p.Name))}", $"later {term.LaterYears}"));
        }));
        return command;
    }

    private static Command Changes(Lazy<CliContext> context)
    {
        var (place, size) = (PlaceOption(), SizeOption());
        var from = new Option<int?>("--from") { Description = "The earlier year (default: every earlier year together)." };
        var to = new Option<int?>("--to") { Description = "The later year (default: the place's latest)." };
        var command = new Command("changes", "Rising and fading terms between two years, by Dunning's G².") { place, from, to, size };
        command.SetAction((parseResult, cancellation) => Run(context, parseResult.GetValue(place), cancellation, (ctx, searcher, chosen) =>
        {
            var result = searcher.TermChanges(chosen, parseResult.GetValue(from), parseResult.GetValue(to) ?? Latest(searcher, chosen), parseResult.GetValue(size));
            foreach (var (label, terms) in new[] { ("rising", result.Rising), ("fading", result.Fading) })
            {
                foreach (var term in terms)
                    ctx.Output.WriteLine(string.Join('\t', label, term.Term, Rate(term.Before), Rate(term.After), term.LogLikelihood.ToString("F1", CultureInfo.InvariantCulture)));
            }
        }));
        return command;
    }

    private static Command Distinctive(Lazy<CliContext> context)
    {
        var (place, size) = (PlaceOption(), SizeOption());
        place.Required = true;
        var year = new Option<int?>("--year") { Description = "The year (default: every year together)." };
        var command = new Command("distinctive", "What a place's reports say more than the others', by Dunning's G².") { place, year, size };
        command.SetAction((parseResult, cancellation) => Run(context, parseResult.GetValue(place), cancellation, (ctx, searcher, chosen) =>
        {
            foreach (var term in searcher.DistinctiveTerms(chosen!, parseResult.GetValue(year), parseResult.GetValue(size)).Terms)
                ctx.Output.WriteLine(string.Join('\t', term.Term, term.Here.Mentions, Rate(term.Here), Rate(term.Elsewhere), term.LogLikelihood.ToString("F1", CultureInfo.InvariantCulture)));
        }));
        return command;
    }

    private static Command Trend(Lazy<CliContext> context)
    {
        var query = new Argument<string>("query") { Description = "The text to count (several terms are counted together)." };
        var places = new Option<string[]>("--place") { Description = "A line for each of these places (repeatable; default: the whole corpus)." };
        var command = new Command("trend", "A query's mentions per year and place, as CSV.") { query, places };
        command.SetAction((parseResult, cancellation) => PlaceArguments.WithSearcherAsync(context.Value, "--place", parseResult.GetValue(places)!, cancellation, (searcher, chosen) =>
        {
            context.Value.Output.Write(System.Text.Encoding.UTF8.GetString(TermCsv.WriteTrend(searcher.Trend(parseResult.GetValue(query)!, chosen))));
            return 0;
        }));
        return command;
    }

    private static Task<int> Run(Lazy<CliContext> context, string? placeName, CancellationToken cancellation, Action<CliContext, Searcher, Place?> answer) =>
        PlaceArguments.WithSearcherAsync(context.Value, "--place", placeName is null ? [] : [placeName], cancellation, (searcher, places) =>
        {
            answer(context.Value, searcher, places.FirstOrDefault());
            return 0;
        });

    private static int Latest(Searcher searcher, Place? place) => searcher.ReportYears(place) is [.., var last] ? last : DateTime.Today.Year;

    private static string Years(IReadOnlyList<int> years) => years.Count == 0 ? "no earlier report" : $"{years.Count} earlier years ({years[0]}–{years[^1]})";

    private static string Rate(TermCount count) => count.PerTenThousand.ToString("F2", CultureInfo.InvariantCulture);
}
