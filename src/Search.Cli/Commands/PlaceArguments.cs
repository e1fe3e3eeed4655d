using Search.Corpus;
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
}
