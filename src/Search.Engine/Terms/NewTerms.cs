using Search.Index;
using Search.Places;

namespace Search.Engine.Terms;

/// <summary>Against what a term is new: the place's own earlier reports, or every place's.</summary>
public enum NewAgainst
{
    /// <summary>Never used in the place's earlier reports (another government may have).</summary>
    Place,

    /// <summary>Never used in any earlier report of the corpus.</summary>
    All,
}

/// <summary>A term of a year's reports that no earlier report used.</summary>
/// <param name="Term">As the reports write it (新型城镇化).</param>
/// <param name="IsPhrase">Whether SmartCn only ever reads it as several words (西部 大 开发), never as one.</param>
/// <param name="Count">Its mentions and articles in the year's reports.</param>
/// <param name="FirstYear">The first year any report of the corpus used it (earlier than the year when another place did).</param>
/// <param name="FirstPlaces">The governments whose reports used it that year.</param>
/// <param name="LaterYears">How many later years' reports (of the place, or of any place when new against all) use it again.</param>
public sealed record NewTerm(string Term, bool IsPhrase, TermCount Count, int FirstYear, IReadOnlyList<Place> FirstPlaces, int LaterYears);

/// <param name="Place">The government; null for every place together.</param>
/// <param name="Size">The year's reports: articles and length.</param>
/// <param name="EarlierYears">The years of the reports the terms are new against; none, and every term is new.</param>
/// <param name="Found">How many new terms there are before the list is cut to its size.</param>
public sealed record NewTermsResult(Place? Place, int Year, NewAgainst Against, TextSize Size, IReadOnlyList<int> EarlierYears, int Found, IReadOnlyList<NewTerm> Terms);

/// <summary>
/// The new terms of a place and year: terms of that year's reports that its earlier reports (or
/// every place's) never used — a phrase only where it stands more than once in the corpus. Ranked so the substantive come first: by mentions, then by articles
/// (spread), then by how many later years took the term up, then longer phrases first; a phrase
/// goes before its fragments and a term before the phrases that are new only because they hold it
/// (<see cref="Fragments"/>).
/// </summary>
public static class NewTerms
{
    public const int DefaultSize = 30;
    public const int MaxSize = 200;

    public static NewTermsResult Of(ArticleIndex index, Place? place, int year, NewAgainst against = NewAgainst.Place, int size = DefaultSize)
    {
        var table = TermTable.Of(index);
        var here = TermTable.PlaceCell(place);
        bool Here(TermCell cell) => cell.Place == here;
        bool Compared(TermCell cell) => cell.Place == (against == NewAgainst.All ? TermCell.AnyPlace : here);

        var focus = table.TermsIn(cell => cell.Year == year && Here(cell));
        var yearSize = table.Size(cell => cell.Year == year && Here(cell));
        var earlierYears = table.Cells.Keys.Where(cell => cell.Year < year && Compared(cell)).Select(cell => cell.Year).Distinct().Order().ToList();

        var found = new List<NewTerm>();
        foreach (var (term, (mentions, articles)) in focus)
        {
            var cells = table.CountsOf(term);
            if (cells.Keys.Any(cell => cell.Year < year && Compared(cell)))
                continue;
            // A phrase is a term where it recurs; words in a row that stand once in the whole corpus are a sentence's accident.
            var phrase = table.IsPhrase(term);
            if (phrase && cells.Where(cell => cell.Key.Place == TermCell.AnyPlace).Sum(cell => cell.Value.Mentions) < 2)
                continue;
            var firstYear = cells.Keys.Min(cell => cell.Year);
            var firstPlaces = cells.Keys.Where(cell => cell.Year == firstYear && cell.Place >= 0).Select(cell => Gazetteer.All[cell.Place]).Distinct().ToList();
            var later = cells.Keys.Where(cell => cell.Year > year && Compared(cell)).Select(cell => cell.Year).Distinct().Count();
            found.Add(new NewTerm(term, phrase, new TermCount(mentions, articles, yearSize.Length), firstYear, firstPlaces, later));
        }

        var kept = Fragments.Without(found, term => term.Term, term => term.Count.Mentions, dropContexts: true)
            .OrderByDescending(term => term.Count.Mentions)
            .ThenByDescending(term => term.Count.Articles)
            .ThenByDescending(term => term.LaterYears)
            .ThenByDescending(term => term.Term.Length)
            .ThenBy(term => term.Term, StringComparer.Ordinal)
            .ToList();
        return new NewTermsResult(place, year, against, yearSize, earlierYears, kept.Count, [.. kept.Take(Math.Clamp(size, 1, MaxSize))]);
    }
}
