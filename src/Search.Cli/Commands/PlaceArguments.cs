using Search.Corpus;
using Search.Engine.Indexing;
using Search.Engine.Searching;
using Search.Places;

namespace Search.Cli.Commands;

/// <summary>Places given on the command line: each a code or any name of one place.</summary>
internal static class PlaceArguments
{
    /// <summary>The places, or why not: each name of no place, or of several (listed with their codes).</summary>
    public static (IReadOnlyList<Place> Places, IReadOnlyList<string> Problems) Resolve(string option, IEnumerable<string> given)
    {
        var places = new List<Place>();
        var problems = new List<string>();
        foreach (var name in given)
        {
            switch (GivenPlace.Candidates(name))
            {
                case [var place]:
                    places.Add(place);
                    break;
                case []:
                    problems.Add($"{option}: \"{name}\" is not a place (a code, or a name of the nation, a province, a city or a county)");
                    break;
                case var several:
                    problems.Add($"{option}: \"{name}\" may be {string.Join("、", several.Select(GivenPlace.Described))}; give the code");
                    break;
            }
        }
        return (places, problems);
    }

    /// <summary>
    /// A command over the built index for some places: the places resolved (each problem printed, exit
    /// code 2), the index loaded (built when there is none), then the answer written with a searcher.
    /// </summary>
    public static async Task<int> WithSearcherAsync(CliContext ctx, string option, IEnumerable<string> given, CancellationToken cancellation,
        Func<Searcher, IReadOnlyList<Place>, int> answer)
    {
        var (places, problems) = Resolve(option, given);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
                ctx.Error.WriteLine(problem);
            return 2;
        }
        using var manager = IndexManager.For(ctx.Paths, ctx.Options);
        await manager.EnsureLoadedAsync(cancellation);
        using var lease = manager.Lease()!;
        return answer(lease.Searcher, places);
    }
}
