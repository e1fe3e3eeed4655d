using Search.Index;
using Search.Places;

namespace Search.Engine.Terms;

/// <summary>A term a government's reports use more than the others'.</summary>
/// <param name="Here">Its count in the place's reports.</param>
/// <param name="Elsewhere">Its count in the other places' reports.</param>
/// <param name="LogLikelihood">G² of the difference (<see cref="Terms.LogLikelihood"/>), always positive here.</param>
public sealed record DistinctiveTerm(string Term, TermCount Here, TermCount Elsewhere, double LogLikelihood);

/// <param name="Year">The year compared; null for every year together.</param>
public sealed record DistinctiveTermsResult(Place Place, int? Year, TextSize Here, TextSize Elsewhere, IReadOnlyList<DistinctiveTerm> Terms);

/// <summary>
/// What a place says that the others do not: terms of its reports (of a year, or of every year it
/// has reports of) over-represented against the other articles of the same years, ranked by G², the
/// statistic corpus linguistics calls keyness. A term needs two mentions: one is chance. A phrase
/// goes before its fragments (<see cref="Fragments"/>).
/// </summary>
public static class DistinctiveTerms
{
    public const int DefaultSize = 30;
    public const int MaxSize = 200;
    private const int MinimumMentions = 2;

    public static DistinctiveTermsResult Of(ArticleIndex index, Place place, int? year, int size = DefaultSize)
    {
        var table = TermTable.Of(index);
        var ordinal = Gazetteer.OrdinalOf(place.Code);
        // The years compared: the one asked for, or every year the place has reports of.
        var years = year is { } one ? [one] : table.YearsOf(place).ToHashSet();
        bool Here(TermCell cell) => cell.Place == ordinal && years.Contains(cell.Year);
        bool All(TermCell cell) => cell.Place == TermCell.AnyPlace && years.Contains(cell.Year);

        // Elsewhere: every article of those years less the place's own, each article once (a roundup
        // covering the place is the place's; one covering three others is counted once, not thrice).
        var (here, all) = (table.Size(Here), table.Size(All));
        var elsewhere = new TextSize(all.Articles - here.Articles, all.Length - here.Length);
        var distinctive = new List<DistinctiveTerm>();
        foreach (var (term, (mentions, articles)) in table.TermsIn(Here))
        {
            if (mentions < MinimumMentions)
                continue;
            var everywhere = table.CountIn(term, All);
            var other = (Mentions: everywhere.Mentions - mentions, Articles: everywhere.Articles - articles);
            var g2 = LogLikelihood.Signed(mentions, here.Length, other.Mentions, elsewhere.Length);
            if (g2 > 0)
                distinctive.Add(new DistinctiveTerm(term, new TermCount(mentions, articles, here.Length), new TermCount(other.Mentions, other.Articles, elsewhere.Length), g2));
        }

        // Fragments are weighed among the strongest few only: a list shows those, and a fragment ranks near its phrase.
        var count = Math.Clamp(size, 1, MaxSize);
        var strongest = distinctive.OrderByDescending(term => term.LogLikelihood).ThenBy(term => term.Term, StringComparer.Ordinal).Take(count * 4).ToList();
        return new DistinctiveTermsResult(place, year, here, elsewhere, [.. Fragments.Without(strongest, term => term.Term, term => term.Here.Mentions, dropContexts: false).Take(count)]);
    }
}
