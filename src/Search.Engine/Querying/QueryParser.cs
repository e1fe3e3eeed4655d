using System.Globalization;
using System.Text;
using Search.Corpus;
using Search.Corpus.Metadata;
using Search.Places;

namespace Search.Engine.Querying;

/// <summary>
/// The query language, forgiving by design: no input is an error. Whitespace separates required
/// terms (<c>AND</c> between them is allowed, and changes nothing); <c>"…"</c> (or <c>“…”</c>) is an exact phrase; <c>OR</c> between terms makes either enough;
/// <c>-term</c> and <c>NOT term</c> exclude; <c>district:崂山</c>, <c>year:2024</c>, <c>year:2023..2025</c>
/// filter, and excluded (<c>-year:2024</c>) leave those articles out; <c>title:…</c> searches titles only. Anything malformed — an unclosed quote, a lone
/// <c>-</c>, <c>OR</c> at either end, an unknown field value — is read as plain text or dropped; a
/// wildcard star at either end of a term (<c>营商*</c>) is dropped.
/// </summary>
public static class QueryParser
{
    /// <summary>Longer input is cut: no real query is longer, and matching cost grows with it.</summary>
    public const int MaxLength = 500;

    /// <summary>At most this many terms are kept; the rest of a pasted paragraph is ignored.</summary>
    public const int MaxTerms = 32;

    public static ParsedQuery Parse(string? input)
    {
        var text = Clean(input ?? "");
        var groups = new List<List<QueryTerm>>();
        var excluded = new List<QueryTerm>();
        var filters = new Filters();
        var joinNext = false;
        var excludeNext = false;

        foreach (var word in Words(text))
        {
            if (!word.Quoted && word.Text == "OR")
            {
                joinNext = groups.Count > 0;
                continue;
            }
            if (!word.Quoted && word.Text == "NOT")
            {
                excludeNext = true;
                continue;
            }
            // Terms are required anyway: AND, as other engines write it, asks for nothing more.
            if (!word.Quoted && word.Text == "AND")
                continue;

            var (term, exclude) = (word.Text, excludeNext || word.Excluded);
            excludeNext = false;
            if (!word.Quoted && filters.Apply(term, exclude))
            {
                joinNext = false;
                continue;
            }

            var queryTerm = ToTerm(word with { Text = term });
            if (queryTerm is null)
                continue;
            if (exclude)
                excluded.Add(queryTerm);
            else if (joinNext)
                groups[^1].Add(queryTerm);
            else
                groups.Add([queryTerm]);
            joinNext = false;
            if (groups.Count + excluded.Count >= MaxTerms)
                break;
        }
        return new ParsedQuery(groups, excluded, filters.Places.Distinct().ToList(), filters.Years)
        {
            ExcludedPlaces = filters.ExcludedPlaces.Distinct().ToList(),
            ExcludedYears = filters.ExcludedYears,
        };
    }

    /// <summary>Control characters become spaces and the input is cut to <see cref="MaxLength"/> without splitting a surrogate pair.</summary>
    private static string Clean(string input)
    {
        var builder = new StringBuilder(Math.Min(input.Length, MaxLength));
        foreach (var c in input)
        {
            if (builder.Length >= MaxLength && !char.IsLowSurrogate(c))
                break;
            builder.Append(char.IsControl(c) ? ' ' : c);
        }
        return builder.ToString();
    }

    private sealed record Word(string Text, bool Quoted, bool Excluded, bool TitleOnly);

    /// <summary>Splits on white space, keeping quoted stretches whole; an unclosed quote runs to the end.</summary>
    private static IEnumerable<Word> Words(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
                i++;
            if (i >= text.Length)
                yield break;

            var excluded = text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            if (excluded)
                i++;
            var titleOnly = text.AsSpan(i).StartsWith("title:", StringComparison.OrdinalIgnoreCase);
            if (titleOnly)
                i += "title:".Length;

            if (i < text.Length && IsOpeningQuote(text[i]))
            {
                var close = text.IndexOfAny(['"', '”'], i + 1);
                var end = close < 0 ? text.Length : close;
                yield return new Word(text[(i + 1)..end], Quoted: true, excluded, titleOnly);
                i = close < 0 ? text.Length : close + 1;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
                i++;
            yield return new Word(text[start..i], Quoted: false, excluded, titleOnly);
        }
    }

    private static bool IsOpeningQuote(char c) => c is '"' or '“';

    /// <summary>The filters written in a query: places and years asked for, and left out.</summary>
    private sealed class Filters
    {
        public List<Place> Places { get; } = [];
        public YearRange? Years { get; private set; }
        public List<Place> ExcludedPlaces { get; } = [];
        public List<YearRange> ExcludedYears { get; } = [];

        /// <summary>
        /// Applies <c>district:</c> or <c>place:</c> (a place's name in any form, or its code: one place)
        /// and <c>year:</c>, asked for or (<paramref name="exclude"/>) left out; false when the word is
        /// not a filter it understands. Years asked for twice are their common years (none, when apart).
        /// </summary>
        public bool Apply(string word, bool exclude)
        {
            var colon = word.IndexOfAny([':', '：']);
            if (colon <= 0)
                return false;
            var field = word[..colon].ToLowerInvariant();
            var value = word[(colon + 1)..];
            switch (field)
            {
                case "district" or "place" when GivenPlace.Candidates(value) is [var place]:
                    (exclude ? ExcludedPlaces : Places).Add(place);
                    return true;
                case "year" when ParseYears(value) is { } range:
                    if (exclude)
                        ExcludedYears.Add(range);
                    else
                        Years = Years is null ? range : new YearRange(Math.Max(Years.From, range.From), Math.Min(Years.To, range.To));
                    return true;
                default:
                    return false;
            }
        }
    }

    private static YearRange? ParseYears(string value)
    {
        var parts = value.Split("..", 2);
        if (!TryYear(parts[0], out var from))
            return null;
        if (parts.Length == 1)
            return new YearRange(from, from);
        if (!TryYear(parts[1], out var to))
            return null;
        return from <= to ? new YearRange(from, to) : new YearRange(to, from);
    }

    private static bool TryYear(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= ReportYear.Earliest and <= ReportYear.Latest;

    /// <summary>The term for a word, or null when nothing searchable is left (a lone <c>-</c>, empty quotes).</summary>
    private static QueryTerm? ToTerm(Word word)
    {
        var text = word.Text.Trim();
        // A star at either end is another engine's wildcard: any text here is found wherever it stands
        // in a longer one (营商 finds 营商环境), so the star only asks for what the term finds anyway.
        if (!word.Quoted)
            text = text.Trim('"', '“', '”', '*', '＊');
        var searchable = Recall(text);
        return searchable.Length == 0 || searchable.All(c => char.IsPunctuation(c) || char.IsSymbol(c))
            ? null
            : new QueryTerm(text, word.Quoted, word.TitleOnly);
    }

    private static string Recall(string text) => Analysis.Folding.CharacterFolding.WidthAndCase.Normalize(text);
}
