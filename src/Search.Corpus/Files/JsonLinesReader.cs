namespace Search.Corpus.Files;

/// <summary>
/// The bulk format for tools and large imports: one JSON object per line with <c>title</c> and
/// <c>body</c> (required) and <c>places</c> (or <c>districts</c>), <c>year</c>, <c>date</c>, <c>source</c>,
/// <c>id</c>, <c>subtitle</c>, <c>byline</c>, <c>captions</c>, <c>paper</c>, <c>published</c>, <c>edition</c>
/// (optional). A bad line is reported and skipped.
/// </summary>
internal static class JsonLinesReader
{
    /// <param name="lines">The file's lines, a bad one (too long, not UTF-8) already carrying its problem.</param>
    /// <param name="file">The file, relative to the corpus folder: the articles' source and the stem of their ids.</param>
    public static IEnumerable<Article> Read(IEnumerable<Utf8Lines.Line> lines, string file, Action<string, string> warn)
    {
        foreach (var line in lines)
        {
            var stage = ReadStage.Line(line.Number);
            void WarnLine(string reason) => warn(stage, reason);
            if (line.Text is not { } text)
            {
                WarnLine($"skipped: {line.Problem}");
                continue;
            }
            if (string.IsNullOrWhiteSpace(text))
                continue;
            Article? article;
            try
            {
                article = Parse(text, file, line.Number, WarnLine);
            }
            catch (FormatException e)
            {
                WarnLine($"skipped: {e.Message}");
                continue;
            }
            catch (Exception e)
            {
                // A fault of the reader, not of the line's JSON: the line is skipped, named, and the file goes on.
                WarnLine($"skipped: the record could not be read ({e.GetType().Name}: {e.Message})");
                continue;
            }
            if (article is not null)
                yield return article;
        }
    }

    private static Article? Parse(string line, string file, int lineNumber, Action<string> warn)
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

        if (title.Length > Article.MaxTitleLength)
        {
            warn($"title cut to {Article.MaxTitleLength} characters (it had {title.Length:N0})");
            title = Article.TitleOf(title);
        }
        var id = ArticleId.For(file, lineNumber);
        if (MetadataFields.String(record, "id") is { } given)
        {
            if (IsUrlSafe(given))
                id = given;
            else
                warn($"id \"{MetadataFields.Shorten(given)}\" is not URL-safe (letters, digits, - _ .); using {id}");
        }
        var date = MetadataFields.Date(record, warn);
        return new Article(
            Id: id,
            Title: title,
            Subtitle: MetadataFields.String(record, "subtitle"),
            Places: MetadataFields.Places(record, warn) ?? [],
            Year: MetadataFields.Year(record, warn) ?? date?.Year,
            Date: date,
            Byline: MetadataFields.String(record, "byline"),
            Captions: MetadataFields.Strings(record, "captions"),
            Source: MetadataFields.String(record, "source") ?? file,
            Body: body)
        {
            Provenance = MetadataFields.Provenance(record, warn),
        };
    }

    /// <summary>Paragraphs trimmed and separated by a single <c>\n</c>, as in articles read from pages.</summary>
    private static string Paragraphs(string? body) =>
        body is null ? "" : string.Join('\n', body.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0));

    private static bool IsUrlSafe(string id) =>
        id.Length is > 0 and <= 200 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && id is not "." and not "..";
}
