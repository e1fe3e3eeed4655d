using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Search.Engine.Terms;
using Search.Host.Api;
using Search.Places;
using Search.Rendering;

namespace Search.Host.Pages;

/// <summary>
/// What the terms page shows, all of it in the URL: <c>/terms?place=…&amp;year=…</c> (the place's
/// new, rising and fading, distinctive terms of the year), <c>&amp;from=…</c> (the earlier year
/// rising and fading compare with), <c>&amp;against=all</c>, and <c>&amp;q=…&amp;vs=…</c> (a term's trend,
/// the place's line beside those of the <c>vs</c> places).
/// </summary>
internal sealed record TermsView(Place? Place, int? Year, int? From, NewAgainst Against, string Query, IReadOnlyList<Place> Versus)
{
    public const string Path = "/terms";

    /// <summary>What the terms page's parameters mean where the search page's names would mislead.</summary>
    private static readonly Dictionary<string, string> ParameterNames = new() { ["q"] = "词语", ["size"] = "词数" };

    public static (TermsView? View, IReadOnlyList<string> Problems) Parse(IQueryCollection query)
    {
        var (question, termProblems) = TermParameters.Parse(query);
        var problems = termProblems.ToList();
        var text = SearchParameters.Given(query["q"]).FirstOrDefault()?.Trim() ?? "";
        if (text.Length > TermParameters.MaxQueryLength)
            problems.Add(new SearchParameters.Problem("q", $"at most {TermParameters.MaxQueryLength} characters", $"最多{TermParameters.MaxQueryLength}个字"));
        var versus = SearchParameters.Places(query, problems, "vs").Take(TermParameters.MaxTrendPlaces - 1).ToList();
        var messages = problems.Select(problem => problem.ForReaders(ParameterNames)).ToList();
        return messages.Count > 0 || question is null
            ? (null, messages)
            : (new TermsView(question.Place, question.Year, question.From, question.Against, text, versus), []);
    }

    /// <summary>This view's address with some parts changed.</summary>
    public string Url(int? year = null, string? query = null)
    {
        var parts = new List<KeyValuePair<string, string?>>();
        if (Place is { } p)
            parts.Add(new("place", PageState.ValueOf(p)));
        if ((year ?? Year) is { } y)
            parts.Add(new("year", y.ToString(CultureInfo.InvariantCulture)));
        if (From is { } from)
            parts.Add(new("from", from.ToString(CultureInfo.InvariantCulture)));
        if (Against != NewAgainst.Place)
            parts.Add(new("against", WireNames.Against[Against]));
        var text = query ?? Query;
        if (text.Length > 0)
        {
            parts.Add(new("q", text));
            parts.AddRange(Versus.Select(v => new KeyValuePair<string, string?>("vs", PageState.ValueOf(v))));
        }
        return QueryHelpers.AddQueryString(Path, parts);
    }

    /// <summary>The places of the trend: the view's, then those compared with it; none, the whole corpus.</summary>
    public IReadOnlyList<Place> TrendPlaces => Place is { } place ? [place, .. Versus.Where(v => v != place)] : Versus;
}
