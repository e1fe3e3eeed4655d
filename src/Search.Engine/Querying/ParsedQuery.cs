using Search.Places;

namespace Search.Engine.Querying;

/// <summary>
/// A query after parsing: groups that must all match (each group matches when any of its terms does),
/// terms that must not match, and the place and year filters written inside the query: asked for
/// (<see cref="Places"/>, <see cref="Years"/>) and left out (<see cref="ExcludedPlaces"/>, <see cref="ExcludedYears"/>).
/// </summary>
public sealed record ParsedQuery(
    IReadOnlyList<IReadOnlyList<QueryTerm>> Groups,
    IReadOnlyList<QueryTerm> Excluded,
    IReadOnlyList<Place> Places,
    YearRange? Years)
{
    public static readonly ParsedQuery Empty = new([], [], [], null);

    /// <summary>No text to match: every article is a candidate (the browse view).</summary>
    public bool MatchesEverything => Groups.Count == 0;

    public IEnumerable<QueryTerm> PositiveTerms => Groups.SelectMany(group => group);

    /// <summary>Places whose articles (and those of the places under them) the query leaves out.</summary>
    public IReadOnlyList<Place> ExcludedPlaces { get; init; } = [];

    /// <summary>Years whose articles the query leaves out.</summary>
    public IReadOnlyList<YearRange> ExcludedYears { get; init; } = [];
}

/// <summary>
/// Text to find. A plain term matches an article containing it exactly or containing all of its
/// words; a phrase (quoted) only the exact text. <see cref="TitleOnly"/> restricts it to titles.
/// </summary>
public sealed record QueryTerm(string Text, bool IsPhrase = false, bool TitleOnly = false);

/// <summary>An inclusive range of report years; empty when <see cref="From"/> is after <see cref="To"/> (years asked for twice that do not meet).</summary>
public sealed record YearRange(int From, int To)
{
    public bool Contains(int year) => year >= From && year <= To;

    public bool IsEmpty => From > To;
}
