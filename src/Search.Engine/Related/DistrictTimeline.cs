using Search.Corpus.Metadata;
using Search.Index;

namespace Search.Engine.Related;

/// <summary>An article in a district's timeline.</summary>
public sealed record TimelineArticle(string Id, string Title, DateOnly? Date);

/// <summary>One year of a district: how many articles report on it, and the first of them.</summary>
public sealed record DistrictYear(int Year, int Count, IReadOnlyList<TimelineArticle> Articles);

/// <summary>
/// A district's reports across years: for each report year, its articles, newest first — read from
/// each segment's <see cref="SegmentFacts"/> (no query), each article printed twice counted once.
/// </summary>
public static class DistrictTimeline
{
    /// <summary>How many articles of a year are listed with it by default: the rest are a search away.</summary>
    public const int DefaultPerYear = 3;

    /// <param name="district">A canonical name (<see cref="Districts.All"/>).</param>
    /// <returns>The years with an article on the district, earliest first; empty for a name that is no district.</returns>
    public static IReadOnlyList<DistrictYear> Of(ArticleIndex index, string district, int perYear = DefaultPerYear)
    {
        var bit = Districts.IndexOf(district);
        if (bit < 0)
            return [];
        var byYear = new SortedDictionary<int, List<(int Doc, int Date, int Order)>>();
        foreach (var leaf in index.IndexReader.Leaves)
        {
            var facts = SegmentFacts.Of(leaf.AtomicReader);
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < facts.Years.Length; doc++)
            {
                var year = facts.Years[doc];
                if (year == 0 || (facts.DistrictMasks[doc] & (1 << bit)) == 0 || (live is not null && !live.Get(doc)) || index.Copies.IsRepeat(leaf.DocBase + doc))
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
