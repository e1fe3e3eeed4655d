using Search.Corpus;
using Search.Corpus.Metadata;

namespace Search.Engine.Tests.Searching;

/// <summary>
/// Facet counts against counts made by hand from the articles themselves: for every single district
/// and single year selected, and for pairs of them, each dimension counted over the matches that
/// pass the other dimension's selection (drill sideways), a multi-district article once per district.
/// </summary>
public sealed class FacetBruteForceTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    private readonly TestIndex _index = fixture.Index;

    public static TheoryData<string> Queries => new("", "发展", "上合", "民生", "平度 民生实事", "港", "-崂山");

    private static readonly int[] Years = [2023, 2024, 2025];

    /// <summary>Every selection of one or two values: districts alone, years alone, and mixed.</summary>
    private static IEnumerable<(string[] Districts, int[] Years)> Selections()
    {
        yield return ([], []);
        foreach (var district in Districts.All)
            yield return ([district], []);
        foreach (var year in Years)
            yield return ([], [year]);
        foreach (var (first, i) in Districts.All.Select((d, i) => (d, i)))
        {
            foreach (var second in Districts.All.Skip(i + 1))
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

        foreach (var (districts, years) in Selections())
        {
            var result = _index.Search(query, districts: districts, years: years);
            bool InDistricts(Article article) => districts.Length == 0 || article.Districts.Intersect(districts).Any();
            bool InYears(Article article) => years.Length == 0 || (article.Year is { } year && years.Contains(year));

            var expectedDistricts = Districts.All
                .Select(district => (district, count: matches.Count(article => InYears(article) && article.Districts.Contains(district))))
                .Where(pair => pair.count > 0 || districts.Contains(pair.district));
            var expectedYears = matches.Where(InDistricts).Where(article => article.Year is not null).GroupBy(article => article.Year!.Value)
                .Select(group => (year: group.Key, count: group.Count()))
                .Concat(years.Where(year => matches.Where(InDistricts).All(article => article.Year != year)).Select(year => (year, count: 0)))
                .OrderByDescending(pair => pair.year);

            var selection = $"districts [{string.Join(',', districts)}], years [{string.Join(',', years)}]";
            Assert.True(expectedDistricts.SequenceEqual(result.Facets.District.Select(value => (value.Value, value.Count))), $"district counts for {selection}");
            Assert.True(expectedYears.SequenceEqual(result.Facets.Year.Select(value => (value.Value, value.Count))), $"year counts for {selection}");
            Assert.Equal(matches.Count(article => InDistricts(article) && InYears(article)), result.Total);
        }
    }
}
