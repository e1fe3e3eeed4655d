using System.Globalization;
using System.Text.Json;
using Search.Corpus.Metadata;

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
            var root = JsonDocument.Parse(json).RootElement;
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

    public static string? String(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary><c>"districts": ["平度市", …]</c> or <c>"district": "平度"</c>, in any accepted form; null when absent.</summary>
    public static IReadOnlyList<string>? Districts(JsonElement record, Action<string> warn)
    {
        var names = new List<string>();
        if (record.TryGetProperty("districts", out var list) && list.ValueKind == JsonValueKind.Array)
            names.AddRange(list.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!));
        else if ((String(record, "districts") ?? String(record, "district")) is { } single)
            names.Add(single);
        else
            return null;

        var canonical = new List<string>();
        foreach (var name in names)
        {
            if (Metadata.Districts.Canonical(name) is { } district)
                canonical.Add(district);
            else
                warn($"unknown district \"{name}\" ignored (known: {string.Join("、", Metadata.Districts.All)})");
        }
        return Metadata.Districts.InCanonicalOrder(canonical);
    }

    public static int? Year(JsonElement record, Action<string> warn)
    {
        if (!record.TryGetProperty("year", out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var year) && year is >= ReportYear.Earliest and <= ReportYear.Latest)
            return year;
        warn($"year {value.GetRawText()} ignored: expected a whole number from {ReportYear.Earliest} to {ReportYear.Latest}");
        return null;
    }

    public static DateOnly? Date(JsonElement record, Action<string> warn)
    {
        if (String(record, "date") is not { } text)
            return null;
        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        warn($"date \"{text}\" ignored: expected {DateFormat}");
        return null;
    }
}
