using System.CommandLine;
using System.Text.Json;
using Search.Engine.Searching;

namespace Search.Cli.Commands;

/// <summary><c>search query TEXT</c>: runs a search against the built index and prints the result as JSON.</summary>
internal static class SearchCommand
{
    public static Command Create(Lazy<CliContext> context)
    {
        var text = new Argument<string>("text") { Description = "The query, in the query language (see README)." };
        var placeOption = new Option<string[]>("--place", "--district") { Description = "Only these places and those under them (repeatable; a code or any name)." };
        var years = new Option<int[]>("--year") { Description = "Only these years (repeatable)." };
        var page = new Option<int>("--page") { DefaultValueFactory = _ => 1 };
        var size = new Option<int>("--size") { DefaultValueFactory = _ => 10 };
        var sort = new Option<SortOrder?>("--sort") { Description = "relevance or date." };
        var command = new Command("query", "Search the index and print the result as JSON.") { text, placeOption, years, page, size, sort };
        command.SetAction((parseResult, cancellation) => PlaceArguments.WithSearcherAsync(context.Value, placeOption.Name, parseResult.GetValue(placeOption) ?? [], cancellation, (searcher, places) =>
        {
            var result = searcher.Search(new SearchRequest(parseResult.GetValue(text), places,
                parseResult.GetValue(years), parseResult.GetValue(page), parseResult.GetValue(size), parseResult.GetValue(sort)));
            // Every place with a match: the command line is for exports, not for one view.
            var facets = new { Place = result.Facets.Place.All(), result.Facets.Year };
            context.Value.Output.WriteLine(JsonSerializer.Serialize(new { result.Query, result.Total, result.Page, result.Size, result.TookMs, result.Hits, Facets = facets, result.SpelledAs, result.Synonyms, result.DidYouMean, result.Timings }, CliJson.Indented));
            return 0;
        }));
        return command;
    }
}
