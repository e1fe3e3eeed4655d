using Search.Index;
using Search.Places;

namespace Search.Engine.Related;

/// <summary>An article in a place's timeline.</summary>
public sealed record TimelineArticle(string Id, string Title, DateOnly? Date);

/// <summary>One year of a place: how many articles report on it, and the first of them.</summary>
public sealed record DistrictYear(int Year, int Count, IReadOnlyList<TimelineArticle> Articles);

/// <summary>
/// A place's reports across years — its own and those of the places under it — for each report
/// year, its articles, newest first: read from each segment's <see cref="SegmentFacts"/> (no query),
/// each article printed twice counted once.
/// </summary>
public static class DistrictTimeline
{
    /// <summary>How many articles of a year are listed with it by default: the rest are a search away.</summary>
    public const int DefaultPerYear = 3;

    /// <returns>The years with an article on the place, earliest first.</returns>
    public static IReadOnlyList<DistrictYear> Of(ArticleIndex index, Place place, int perYear = DefaultPerYear)
    {
        var ordinal = Gazetteer.OrdinalOf(place.Code);
        var byYear = new SortedDictionary<int, List<(int Doc, int Date, int Order)>>();
        foreach (var leaf in index.IndexReader.Leaves)
        {
            var facts = SegmentFacts.Of(leaf.AtomicReader);
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < facts.Years.Length; doc++)
            {
                var year = facts.Years[doc];
                if (year == 0 || !facts.Within[doc].Contains(ordinal) || (live is not null && !live.Get(doc)) || index.Copies.IsRepeat(leaf.DocBase + doc))
                    continue;
                if (!byYear.TryGetValue(year, out var docs))
                    byYear[year] = docs = [];
                docs.Add((leaf.DocBase + doc, facts.Dates[doc], facts.Orders[doc]));
            }
        }
        return [.. byYear.Select(year => new DistrictYear(year.Key, year.Value.Count, Newest(index, year.Value, perYear)))];
    }

    private static List<TimelineArticle> Newest(ArticleIndex index, List<(int Doc, int Date, int Order)> docs, int count) =>
        [.. docs.OrderByDescending(entry => entry.Date).ThenBy(entry => entry.Order).Take(count)
            .Select(entry => new TimelineArticle(index.IdOf(entry.Doc), index.TitleOf(entry.Doc),
                entry.Date == ArticleDocument.NoDate ? null : DateOnly.FromDayNumber(entry.Date)))];
}
