using System.Runtime.CompilerServices;
using Search.Corpus;
using Search.Engine.Searching;
using Search.Index;
using Search.Places;

namespace Search.Host.Pages;

/// <summary>A form of the query language, what it asks for, a query written in it, and how many articles that finds (null: no index to ask).</summary>
internal sealed record QueryExample(string Form, string Meaning, string Query, int? Found = null)
{
    public string Url => new PageState(Query, [], [], 1, null).Url();
}

/// <summary>
/// The examples the help page explains the query language by and the home page offers: words of the
/// work reports, and a place and years taken from the index, each counted against the index so a
/// page can say what it finds (and the home page offer only what finds something).
/// </summary>
internal static class QueryExamples
{
    /// <summary>The counts of a view, made once: they change only with the view (a new one after an update), and a page asks a dozen queries.</summary>
    private static readonly ConditionalWeakTable<ArticleIndex, IReadOnlyList<QueryExample>> Counted = [];

    public static IReadOnlyList<QueryExample> For(Searcher? searcher) =>
        searcher is null
            ? [.. Written(null, null)]
            : Counted.GetValue(searcher.Index, index => [.. Written(index, BusiestPlace(searcher))
                .Select(example => example with { Found = searcher.Search(new SearchRequest(example.Query, Size: 1)).Total })]);

    /// <summary>
    /// The county-level place (else any) with the most articles, of those whose name district: reads
    /// as that place alone: the place example that shows the most.
    /// </summary>
    private static Place? BusiestPlace(Searcher searcher)
    {
        var named = searcher.Search(new SearchRequest(null, Size: 1)).Facets.Place.All()
            .Where(value => GivenPlace.Candidates(value.Value.Name) is [var only] && only == value.Value).ToList();
        return named.Where(value => value.Value.Level == PlaceLevel.County).DefaultIfEmpty().MaxBy(value => value.Count).Value
            ?? named.MaxBy(value => value.Count).Value;
    }

    private static IEnumerable<QueryExample> Written(ArticleIndex? index, Place? place)
    {
        // The place by its short name where that names it alone (崂山), as people write it.
        var name = place is null ? "崂山" : PlaceNames.ShortForm(place.Name, place.Level) is { } shortName && GivenPlace.Candidates(shortName) is [var same] && same == place ? shortName : place.Name;
        var (first, last) = index is { FirstYear: var from, LastYear: var to } && from <= to ? (from, to) : (2023, 2025);

        yield return new("词 词", "空格分开的词都要出现，不必相连", "营商环境 民生");
        yield return new("\"短语\" 或 “短语”", "引号中的文字原样连着出现", "\"民生实事\"");
        yield return new("词 OR 词", "有其中一个即可（OR 要大写）", "上合 OR 自贸");
        yield return new("-词 或 NOT 词", "不含这个词", "营商环境 -崂山");
        yield return new("title:词", "只在标题中找", "title:崂山");
        yield return new("district:地名", "只看这个地方的报告（名称、简称或行政区划代码，含其下的地方）", $"district:{name}");
        yield return new("year:年份", "只看这一年的报告", $"year:{last}");
        yield return new("year:起..止", "只看这几年的报告", $"year:{first}..{last}");
        yield return new("-year:年份 或 -district:地名", "不看这一年（这个地方）的报告", $"民生 -year:{last}");
        yield return new("拼音", "整个查询是两个音节以上的拼音时，也按它拼出的词查找", "laoshan");
        yield return new("地名首字母", "区市名称的拼音首字母", "lsq");
        yield return new("繁体字", "繁体字按简体查找", "營商環境");
        yield return new("组合", "以上写法可以一起用", $"district:{name} year:{first}..{last} 民生");
    }
}
