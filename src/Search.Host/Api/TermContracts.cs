using Search.Engine.Terms;
using Search.Host.Pages;
using Search.Places;
using Search.Rendering;

namespace Search.Host.Api;

/// <summary>A term's count (<see cref="TermWording.Counting"/>): mentions, articles, the characters counted over, and mentions per 10,000 of them.</summary>
public sealed record TermCountResponse(int Mentions, int Articles, long Characters, double Per10000)
{
    public static TermCountResponse From(TermCount count) => new(count.Mentions, count.Articles, count.Length, Math.Round(count.PerTenThousand, 3));
}

/// <summary>A set of reports counted over.</summary>
public sealed record TextSizeResponse(int Articles, long Characters)
{
    public static TextSizeResponse From(TextSize size) => new(size.Articles, size.Length);
}

/// <summary>Where a term leads: the search page finding it (in the view's place and year), and its trend (JSON).</summary>
public sealed record TermLinks(string Search, string Trend)
{
    public static TermLinks Of(string site, string term, Place? place, int? year) => new(
        site + new PageState(term, place is null ? [] : [place], year is { } y ? [y] : [], 1, null).Url(),
        site + Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/api/terms/trend",
            [new("q", term), .. place is null ? [] : new[] { new KeyValuePair<string, string?>("place", place.Code) }]));
}

/// <summary>The JSON of <c>GET /api/terms/new</c>.</summary>
/// <param name="Place">The government; null for every place together.</param>
/// <param name="EarlierYears">The years of the reports the terms are new against; empty, and every term is new.</param>
/// <param name="Found">New terms in all, before the list was cut to <c>size</c>.</param>
public sealed record NewTermsResponse(PlaceResponse? Place, int Year, string Against, TextSizeResponse Reports, IReadOnlyList<int> EarlierYears, int Found,
    string Counting, string Ranking, IReadOnlyList<NewTermResponse> Terms)
{
    public static NewTermsResponse From(NewTermsResult result, string site) => new(
        result.Place is { } place ? PlaceResponse.From(place) : null, result.Year, WireNames.Against[result.Against], TextSizeResponse.From(result.Size),
        result.EarlierYears, result.Found, TermWording.Counting, TermWording.NewRanking,
        [.. result.Terms.Select(term => new NewTermResponse(term.Term, term.IsPhrase, TermCountResponse.From(term.Count), term.FirstYear,
            [.. term.FirstPlaces.Select(PlaceResponse.From)], term.LaterYears, TermLinks.Of(site, term.Term, result.Place, result.Year)))]);
}

/// <param name="Phrase">Whether SmartCn only ever reads it as several words (西部 大 开发), never as one.</param>
/// <param name="FirstYear">The first year any report of the corpus used it.</param>
/// <param name="FirstPlaces">The governments whose reports used it that year.</param>
/// <param name="LaterYears">How many later years' reports use it again.</param>
public sealed record NewTermResponse(string Term, bool Phrase, TermCountResponse Count, int FirstYear, IReadOnlyList<PlaceResponse> FirstPlaces, int LaterYears, TermLinks Links);

/// <summary>The JSON of <c>GET /api/terms/changes</c>.</summary>
/// <param name="FromYear">The earlier year; null when the later year is compared with every earlier one (<c>fromYears</c>).</param>
/// <param name="ToYear">The later year.</param>
public sealed record TermChangesResponse(PlaceResponse? Place, int? FromYear, int ToYear, IReadOnlyList<int> FromYears, TextSizeResponse Before, TextSizeResponse After,
    string Counting, string Statistic, IReadOnlyList<ChangedTermResponse> Rising, IReadOnlyList<ChangedTermResponse> Fading)
{
    public static TermChangesResponse From(TermChangesResult result, string site)
    {
        IReadOnlyList<ChangedTermResponse> Terms(IEnumerable<ChangedTerm> terms) => [.. terms.Select(term => new ChangedTermResponse(term.Term,
            TermCountResponse.From(term.Before), TermCountResponse.From(term.After), Math.Round(term.LogLikelihood, 3), TermLinks.Of(site, term.Term, result.Place, result.To)))];
        return new(result.Place is { } place ? PlaceResponse.From(place) : null, result.From, result.To, result.FromYears,
            TextSizeResponse.From(result.Before), TextSizeResponse.From(result.After), TermWording.Counting, TermWording.Statistic, Terms(result.Rising), Terms(result.Fading));
    }
}

/// <param name="G2">Signed log-likelihood: positive rising, negative fading.</param>
public sealed record ChangedTermResponse(string Term, TermCountResponse Before, TermCountResponse After, double G2, TermLinks Links);

/// <summary>The JSON of <c>GET /api/terms/distinctive</c>.</summary>
/// <param name="Year">The year compared; null for every year together.</param>
public sealed record DistinctiveTermsResponse(PlaceResponse Place, int? Year, TextSizeResponse Here, TextSizeResponse Elsewhere, string Counting, string Statistic,
    IReadOnlyList<DistinctiveTermResponse> Terms)
{
    public static DistinctiveTermsResponse From(DistinctiveTermsResult result, string site) => new(
        PlaceResponse.From(result.Place), result.Year, TextSizeResponse.From(result.Here), TextSizeResponse.From(result.Elsewhere), TermWording.Counting, TermWording.Statistic,
        [.. result.Terms.Select(term => new DistinctiveTermResponse(term.Term, TermCountResponse.From(term.Here), TermCountResponse.From(term.Elsewhere),
            Math.Round(term.LogLikelihood, 3), TermLinks.Of(site, term.Term, result.Place, result.Year)))]);
}

public sealed record DistinctiveTermResponse(string Term, TermCountResponse Here, TermCountResponse Elsewhere, double G2, TermLinks Links);

/// <summary>The JSON of <c>GET /api/terms/trend</c>.</summary>
/// <param name="Counted">The texts counted: the query's terms as search folds them.</param>
/// <param name="Lines">A line per place asked for (one for the whole corpus, with a null place, when none was), a point per year the place has reports of.</param>
public sealed record TermTrendResponse(string Query, IReadOnlyList<string> Counted, string Counting, IReadOnlyList<TrendLineResponse> Lines)
{
    public static TermTrendResponse From(TermTrendResult trend) => new(trend.Query, trend.Terms, TermWording.Counting,
        [.. trend.Lines.Select(line => new TrendLineResponse(line.Place is { } place ? PlaceResponse.From(place) : null,
            [.. line.Points.Select(point => new TrendPointResponse(point.Year, TermCountResponse.From(point.Count)))]))]);
}

public sealed record TrendLineResponse(PlaceResponse? Place, IReadOnlyList<TrendPointResponse> Points);

public sealed record TrendPointResponse(int Year, TermCountResponse Count);
