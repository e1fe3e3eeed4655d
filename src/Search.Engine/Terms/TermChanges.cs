using Search.Index;
using Search.Places;

namespace Search.Engine.Terms;

/// <summary>A term whose share of a government's reports changed between two periods.</summary>
/// <param name="Before">Its count in the earlier period (its rate is an average over that period's reports).</param>
/// <param name="After">Its count in the later year.</param>
/// <param name="LogLikelihood">Signed G² (<see cref="Terms.LogLikelihood"/>): positive rising, negative fading.</param>
public sealed record ChangedTerm(string Term, TermCount Before, TermCount After, double LogLikelihood);

/// <param name="From">The earlier year; null when the later year is compared with every earlier one together.</param>
/// <param name="FromYears">The years the earlier period holds.</param>
public sealed record TermChangesResult(Place? Place, int? From, int To, IReadOnlyList<int> FromYears, TextSize Before, TextSize After,
    IReadOnlyList<ChangedTerm> Rising, IReadOnlyList<ChangedTerm> Fading);

/// <summary>
/// Rising and fading terms of a place: each term's mentions per 10,000 characters in one year
/// against an earlier year (or the average of all earlier years), ranked by Dunning's G², which
/// weighs a change by the evidence for it — a term going from 40 to 80 mentions outranks one going
/// from 1 to 3. A phrase goes before its fragments (<see cref="Fragments"/>).
/// </summary>
public static class TermChanges
{
    public const int DefaultSize = 30;
    public const int MaxSize = 200;

    public static TermChangesResult Of(ArticleIndex index, Place? place, int? from, int to, int size = DefaultSize)
    {
        var table = TermTable.Of(index);
        var here = TermTable.PlaceCell(place);
        bool Here(TermCell cell) => cell.Place == here;
        bool After(TermCell cell) => Here(cell) && cell.Year == to;
        bool Before(TermCell cell) => Here(cell) && (from is { } year ? cell.Year == year : cell.Year < to);

        var (after, before) = (table.Size(After), table.Size(Before));
        var fromYears = table.Cells.Keys.Where(Before).Select(cell => cell.Year).Distinct().Order().ToList();
        var afterTerms = table.TermsIn(After);
        var beforeTerms = table.TermsIn(Before);

        var changed = new List<ChangedTerm>();
        foreach (var term in afterTerms.Keys.Union(beforeTerms.Keys))
        {
            var (a, b) = (afterTerms.GetValueOrDefault(term), beforeTerms.GetValueOrDefault(term));
            var g2 = LogLikelihood.Signed(a.Mentions, after.Length, b.Mentions, before.Length);
            if (g2 != 0)
                changed.Add(new ChangedTerm(term, new TermCount(b.Mentions, b.Articles, before.Length), new TermCount(a.Mentions, a.Articles, after.Length), g2));
        }

        var count = Math.Clamp(size, 1, MaxSize);
        IReadOnlyList<ChangedTerm> Ranked(bool rising, Func<ChangedTerm, int> mentions)
        {
            // Fragments are weighed among the strongest few only: a list shows those, and a fragment ranks near its phrase.
            var side = changed.Where(term => term.LogLikelihood > 0 == rising)
                .OrderByDescending(term => Math.Abs(term.LogLikelihood)).Take(count * 4).ToList();
            return [.. Fragments.Without(side, term => term.Term, mentions, dropContexts: false)
                .OrderByDescending(term => Math.Abs(term.LogLikelihood)).ThenBy(term => term.Term, StringComparer.Ordinal).Take(count)];
        }
        return new TermChangesResult(place, from, to, fromYears, before, after,
            Ranked(rising: true, term => term.After.Mentions), Ranked(rising: false, term => term.Before.Mentions));
    }
}
