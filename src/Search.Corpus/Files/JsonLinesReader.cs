using System.Text.Json;

namespace Search.Corpus.Files;

/// <summary>
/// The bulk format for tools and large imports: one JSON object per line with <c>title</c> and
/// <c>body</c> (required) and <c>districts</c>, <c>year</c>, <c>date</c>, <c>source</c>, <c>id</c>,
/// <c>subtitle</c>, <c>byline</c>, <c>captions</c> (optional). A bad line is reported and skipped.
/// </summary>
internal static class JsonLinesReader
{
    public static IEnumerable<Article> Read(IEnumerable<string> lines, string source, int maxRecordChars, Action<string> warn)
    {
        var lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var number = lineNumber;
            void WarnLine(string reason) => warn($"line {number}: {reason}");

            if (line.Length > maxRecordChars)
            {
                WarnLine($"skipped: longer than {maxRecordChars} characters");
                continue;
            }
            if (Parse(line, source, number, WarnLine) is { } article)
                yield return article;
        }
    }

    private static Article? Parse(string line, string source, int lineNumber, Action<string> warn)
    {
        if (MetadataFields.ParseObject(line, "record", warn) is not { } record)
            return null;

        var title = MetadataFields.String(record, "title")?.Trim();
        var body = Paragraphs(MetadataFields.String(record, "body"));
        if (string.IsNullOrEmpty(title) || body.Length == 0)
        {
            warn("skipped: \"title\" and \"body\" are required and must be non-empty strings");
            return null;
        }

        var id = ArticleId.For(source, lineNumber);
        if (MetadataFields.String(record, "id") is { } given)
        {
            if (IsUrlSafe(given))
                id = given;
            else
                warn($"id \"{given}\" is not URL-safe (letters, digits, - _ .); using {id}");
        }
        var date = MetadataFields.Date(record, warn);
        return new Article(
            Id: id,
            Title: title,
            Subtitle: MetadataFields.String(record, "subtitle"),
            Districts: MetadataFields.Districts(record, warn) ?? [],
            Year: MetadataFields.Year(record, warn) ?? date?.Year,
            Date: date,
            Byline: MetadataFields.String(record, "byline"),
            Captions: Captions(record),
            Source: MetadataFields.String(record, "source") ?? source,
            Body: body);
    }

    /// <summary>Paragraphs trimmed and separated by a single <c>\n</c>, as in articles read from pages.</summary>
    private static string Paragraphs(string? body) =>
        body is null ? "" : string.Join('\n', body.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0));

    private static IReadOnlyList<string> Captions(JsonElement record) =>
        record.TryGetProperty("captions", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.String).Select(c => c.GetString()!).ToList()
            : [];

    private static bool IsUrlSafe(string id) =>
        id.Length is > 0 and <= 200 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && id is not "." and not "..";
}
