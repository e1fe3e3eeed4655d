using System.Globalization;
using Search.Engine.Searching;

namespace Search.Host.Pages;

/// <summary>What the home page says besides the newest articles: the papers the index holds, and queries to try.</summary>
internal sealed record CorpusOverview(IReadOnlyList<string> Papers, IReadOnlyList<QueryExample> Examples);

/// <summary>
/// The home page's (no query, no filter) first words: what the corpus holds — articles, places, years,
/// papers, all from the index — a few example queries that find something, and the way to the help page.
/// </summary>
internal static class HomeIntro
{
    public const int ExamplesShown = 6;

    private const int PlacesNamed = 5;

    public static bool Applies(PageState state) => state.Query.Length == 0 && state.Places.Count == 0 && state.Years.Count == 0 && state.Page == 1;

    public static void Render(Html html, SearchResult result, CorpusOverview overview)
    {
        var years = result.Facets.Year.Select(year => year.Value).Order().ToList();
        html.Raw("<section class=\"intro\" aria-labelledby=\"intro-heading\"><h2 id=\"intro-heading\">收录内容</h2><p id=\"corpus-summary\">共 <strong>")
            .Text(Number(result.Total)).Raw("</strong> 篇文章，涉及 <strong>").Text(Number(result.CorpusPlaces.Count)).Raw("</strong> 个地区（")
            .Text(string.Join("、", result.CorpusPlaces.Take(PlacesNamed).Select(place => place.Name))).Raw(result.CorpusPlaces.Count > PlacesNamed ? "等" : "").Raw("）");
        if (years.Count > 0)
        {
            html.Raw("、<strong>").Text(Number(years.Count)).Raw("</strong> 个年份（").Text(years.Count == 1 ? $"{years[0]}年" : $"{years[0]}–{years[^1]}年").Raw("）");
        }
        if (overview.Papers.Count > 0)
            html.Raw("，出自 <strong>").Text(Number(overview.Papers.Count)).Raw("</strong> 份报纸：").Text(string.Join("、", overview.Papers));
        html.Raw("。</p>");
        var examples = overview.Examples.Where(example => example.Found > 0).Take(ExamplesShown).ToList();
        if (examples.Count > 0)
        {
            html.Raw("<p class=\"try\">试试：");
            foreach (var example in examples)
                html.Raw("<a href=\"").Text(example.Url).Raw("\">").Text(example.Query).Raw("</a>");
            html.Raw("</p>");
        }
        html.Raw("<p><a href=\"/help\">查询写法与更多例子</a></p></section>");
    }

    private static string Number(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
