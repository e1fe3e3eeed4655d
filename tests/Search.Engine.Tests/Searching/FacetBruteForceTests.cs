using Search.Corpus;
using Search.Places;
using Search.Tests;

namespace Search.Engine.Tests.Searching;

/// <summary>
/// Facet counts against counts made by hand from the articles themselves: for every single place
/// and single year selected, and for pairs of them, each dimension counted over the matches that
/// pass the other dimension's selection (drill sideways), a multi-district article once per district
/// and once for each place above them; selecting a place selects the places under it.
/// </summary>
public sealed class FacetBruteForceTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    private readonly TestIndex _index = fixture.Index;

    public static TheoryData<string> Queries => new("", "发展", "上合", "民生", "平度 民生实事", "港", "-崂山");

    private static readonly int[] Years = [2023, 2024, 2025];

    /// <summary>Qingdao's ten districts, the city and its province, and a place none of the pages is about.</summary>
    private static readonly Place[] Places =
    [
        .. Gazetteer.Children(Named.Place("青岛市")).Where(place => place.Name.EndsWith('区') || place.Name.EndsWith('市')),
        Named.Place("青岛市"), Named.Place("山东省"), Named.Place("济南市"),
    ];

    /// <summary>Every selection of one or two values: places alone, years alone, and mixed.</summary>
    private static IEnumerable<(Place[] Places, int[] Years)> Selections()
    {
        yield return ([], []);
        foreach (var place in Places)
            yield return ([place], []);
        foreach (var year in Years)
            yield return ([], [year]);
        foreach (var (first, i) in Places.Select((place, i) => (place, i)))
        {
            foreach (var second in Places.Skip(i + 1))
                yield return ([first, second], []);
            foreach (var year in Years)
                yield return ([first], [year]);
        }
        yield return ([], [2023, 2024]);
        yield return ([], [2024, 2025]);
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Every_count_equals_a_count_by_hand_for_every_selection_of_one_or_two_values(string query)
    {
        var matches = _index.Search(query, size: 100).Hits.Select(hit => _index.Articles.Single(article => article.Id == hit.Id)).ToList();
        Assert.Equal(_index.Search(query).Total, matches.Count);

        static IEnumerable<Place> Within(Article article) => article.Places.Concat(article.Places.SelectMany(Gazetteer.Ancestors)).Distinct();

        foreach (var (places, years) in Selections())
        {
            var result = _index.Searcher.Search(new(query, places, years, 1, 100, null));
            bool InPlaces(Article article) => places.Length == 0 || Within(article).Intersect(places).Any();
            bool InYears(Article article) => years.Length == 0 || (article.Year is { } year && years.Contains(year));

            var expectedPlaces = Gazetteer.All
                .Select(place => (place, count: matches.Count(article => InYears(article) && Within(article).Contains(place))))
                .Where(pair => pair.count > 0 || places.Any(selected => Gazetteer.IsWithin(selected, pair.place)));
            var expectedYears = matches.Where(InPlaces).Where(article => article.Year is not null).GroupBy(article => article.Year!.Value)
                .Select(group => (year: group.Key, count: group.Count()))
                .Concat(years.Where(year => matches.Where(InPlaces).All(article => article.Year != year)).Select(year => (year, count: 0)))
                .OrderByDescending(pair => pair.year);

            var selection = $"places [{string.Join(',', places.Select(place => place.Name))}], years [{string.Join(',', years)}]";
            Assert.True(expectedPlaces.SequenceEqual(result.Facets.Place.All().Select(value => (value.Value, value.Count))), $"place counts for {selection}");
            Assert.True(expectedYears.SequenceEqual(result.Facets.Year.Select(value => (value.Value, value.Count))), $"year counts for {selection}");
            Assert.Equal(matches.Count(article => InPlaces(article) && InYears(article)), result.Total);
        }
    }
}
