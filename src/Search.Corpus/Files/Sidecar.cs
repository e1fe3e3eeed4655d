using System.Text.Json;

namespace Search.Corpus.Files;

/// <summary>
/// Explicit metadata for a page, from <c>NAME.meta.json</c> beside it. Its top-level fields
/// (<c>places</c>/<c>place</c>/<c>districts</c>/<c>district</c>, <c>year</c>, <c>date</c>, <c>paper</c>,
/// <c>published</c>, <c>edition</c>, and <c>title</c> for a one-article page)
/// apply to every article of the page; entries of <c>articles</c>, by position, to one article each.
/// What the sidecar says wins over what the text suggested.
/// </summary>
internal static class Sidecar
{
    /// <summary>Where a sidecar for a page may be: <c>page.meta.json</c> or <c>page.txt.meta.json</c>.</summary>
    public static IEnumerable<string> CandidatePaths(string pagePath) =>
        [Path.ChangeExtension(pagePath, ".meta.json"), pagePath + ".meta.json"];

    public static bool IsSidecar(string path) => path.EndsWith(".meta.json", StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<Article> Apply(IReadOnlyList<Article> articles, string json, Action<string> warn)
    {
        try
        {
            return TryApply(articles, json, warn);
        }
        catch (FormatException e)
        {
            warn($"sidecar ignored: {e.Message}");
            return articles;
        }
    }

    private static IReadOnlyList<Article> TryApply(IReadOnlyList<Article> articles, string json, Action<string> warn)
    {
        if (MetadataFields.ParseObject(json, "sidecar", warn) is not { } page)
            return articles;

        var perArticle = page.TryGetProperty("articles", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().ToList()
            : [];
        if (perArticle.Count > articles.Count)
            warn($"sidecar lists {perArticle.Count} articles but the page has {articles.Count}; the extra entries are ignored");
        if (articles.Count > 1 && MetadataFields.String(page, "title") is not null)
            warn("sidecar title ignored: the page has several articles (set titles under \"articles\")");

        return articles.Select((article, i) =>
        {
            var updated = Override(article, page, allowTitle: articles.Count == 1, warn);
            return i < perArticle.Count && perArticle[i].ValueKind == JsonValueKind.Object
                ? Override(updated, perArticle[i], allowTitle: true, warn)
                : updated;
        }).ToList();
    }

    private static Article Override(Article article, JsonElement fields, bool allowTitle, Action<string> warn)
    {
        var places = MetadataFields.Places(fields, warn);
        var date = MetadataFields.Date(fields, warn);
        var year = MetadataFields.Year(fields, warn) ?? date?.Year ?? article.Year;
        // A date read from the dateline took the detected year; keep its month and day under a corrected year.
        date ??= article.Date is { } old && year is { } y && y != old.Year && old.Day <= DateTime.DaysInMonth(y, old.Month)
            ? new DateOnly(y, old.Month, old.Day)
            : article.Date;
        var title = allowTitle && MetadataFields.String(fields, "title") is { } given ? Article.TitleOf(given) : article.Title;
        var provenance = MetadataFields.Provenance(fields, warn).Or(article.Provenance);
        // Places a sidecar gives replace what the text suggested, and with them the roundup's sections.
        return places is null
            ? article with { Title = title, Year = year, Date = date, Provenance = provenance }
            : article with { Title = title, Places = places, Sections = [], Year = year, Date = date, Provenance = provenance };
    }
}
