using System.Globalization;
using System.Text.Json;
using Search.Corpus.Metadata;
using Search.Corpus.Printing;
using Search.Places;

namespace Search.Corpus.Files;

/// <summary>
/// Reads the metadata fields shared by sidecar files and JSON-lines records, checking each value and
/// reporting, not throwing, what it cannot use.
/// </summary>
internal static class MetadataFields
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The JSON object in <paramref name="json"/>, or null after warning "<paramref name="what"/> ignored: …".</summary>
    public static JsonElement? ParseObject(string json, string what, Action<string> warn)
    {
        try
        {
            var root = JsonElement.Parse(json);
            if (root.ValueKind == JsonValueKind.Object)
                return root;
            warn($"{what} ignored: expected a JSON object");
        }
        catch (JsonException e)
        {
            warn($"{what} ignored: not valid JSON ({e.Message})");
        }
        return null;
    }

    /// <summary>The field's text; null when it is absent or not a string.</summary>
    /// <exception cref="FormatException">The string holds an escape that is half a character (<c>\ud800</c> alone).</exception>
    public static string? String(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? Text(value, name) : null;

    /// <summary>The strings of an array field, others left out; empty when it is absent or not an array.</summary>
    /// <exception cref="FormatException">A string holds an escape that is half a character.</exception>
    public static IReadOnlyList<string> Strings(JsonElement record, string name) =>
        record.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => Text(item, name))]
            : [];

    /// <summary>
    /// JSON may escape half of a surrogate pair alone, which is no character at all; .NET refuses to
    /// make a string of it. Said as a <see cref="FormatException"/> naming the field, which the
    /// caller reports as the reason its record or sidecar is skipped.
    /// </summary>
    private static string Text(JsonElement value, string name)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new FormatException($"\"{name}\" holds an escape that is half a character (a lone surrogate such as \\ud800)");
        }
    }

    /// <summary>
    /// <c>"places": ["山东省", "370212", …]</c>, <c>"place"</c>, or as before <c>"districts"</c>,
    /// <c>"district"</c>: each a place's code or any of its names (平度, 黄岛区, 上合示范区), a name of
    /// several places settled by the others listed; null when absent. A name of no place, or of
    /// several the others do not settle, is reported with what it could be, and left out.
    /// </summary>
    public static IReadOnlyList<Place>? Places(JsonElement record, Action<string> warn)
    {
        var field = new[] { "places", "place", "districts", "district" }.FirstOrDefault(name => record.TryGetProperty(name, out _));
        if (field is null)
            return null;
        var names = record.GetProperty(field).ValueKind == JsonValueKind.Array ? Strings(record, field)
            : String(record, field) is { } single ? [single] : [];

        var known = names.Select(GivenPlace.Candidates).ToList();
        var settled = known.Where(candidates => candidates.Count == 1).Select(candidates => candidates[0]).ToList();
        var places = new List<Place>();
        for (var i = 0; i < names.Count; i++)
        {
            if (Gazetteer.Choose(known[i], settled) is { } place)
                places.Add(place);
            else if (known[i].Count == 0)
                warn($"unknown place \"{Shorten(names[i])}\" ignored (a place's code, or a name of China's provinces, cities and counties)");
            else
                warn($"place \"{Shorten(names[i])}\" ignored: it may be {string.Join("、", known[i].Take(8).Select(GivenPlace.Described))}; give its code or its province or city beside it");
        }
        return PlaceReading.InOrder(places);
    }

    public static int? Year(JsonElement record, Action<string> warn)
    {
        if (!record.TryGetProperty("year", out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var year) && year is >= ReportYear.Earliest and <= ReportYear.Latest)
            return year;
        warn($"year {Shorten(value.GetRawText())} ignored: expected a whole number from {ReportYear.Earliest} to {ReportYear.Latest}");
        return null;
    }

    /// <param name="name"><c>date</c> (the session's) or <c>published</c> (the paper's).</param>
    public static DateOnly? Date(JsonElement record, Action<string> warn, string name = "date")
    {
        if (String(record, name) is not { } text)
            return null;
        if (!DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            warn($"{name} \"{Shorten(text)}\" ignored: expected {DateFormat}");
        else if (date.Year is < ReportYear.Earliest or > ReportYear.Latest)
            warn($"{name} \"{text}\" ignored: expected a year from {ReportYear.Earliest} to {ReportYear.Latest}");
        else
            return date;
        return null;
    }

    /// <summary>
    /// Where it was printed, as far as the record says: <c>paper</c> (a name of at most
    /// <see cref="MaxPaperLength"/> characters), <c>published</c> (yyyy-MM-dd), <c>edition</c> (the page,
    /// at most <see cref="MaxEditionLength"/>: <c>3</c>, <c>A2</c>, or as printed, <c>第3版</c> → 3);
    /// what it leaves out is unknown here.
    /// </summary>
    public static Provenance Provenance(JsonElement record, Action<string> warn) =>
        new(Bounded(record, "paper", MaxPaperLength, warn), Date(record, warn, "published"),
            Bounded(record, "edition", MaxEditionLength, warn) is { } edition ? PrintingReader.EditionOf(edition) ?? edition : null);

    public const int MaxPaperLength = 40;

    public const int MaxEditionLength = 20;

    private static string? Bounded(JsonElement record, string name, int maxLength, Action<string> warn)
    {
        if (String(record, name)?.Trim() is not { Length: > 0 } text)
            return null;
        if (text.Length <= maxLength)
            return text;
        warn($"{name} \"{Shorten(text)}\" ignored: longer than {maxLength} characters");
        return null;
    }

    /// <summary>A value as a warning quotes it: a value of any length never makes a long line.</summary>
    public static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
