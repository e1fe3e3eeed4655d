using System.Text.Json;
using Microsoft.Data.Sqlite;
using Search.Index.Building;

namespace Search.Index.Storage;

/// <summary>
/// The durable index: one SQLite file holding the articles, their field lengths and every term's
/// postings, plus <see cref="IndexMetadata"/>. A new file is written under a temporary name, synced
/// and renamed over the old one, so readers see either the old index or the new one, never a mix,
/// and a crash mid-build leaves the old one in place.
/// </summary>
public static class IndexFile
{
    public const string FileName = "index.sqlite";
    private const string TemporarySuffix = ".building";

    private const string Schema = """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE articles (
            doc INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT NOT NULL, subtitle TEXT,
            districts TEXT NOT NULL, year INTEGER, date TEXT, byline TEXT, captions TEXT NOT NULL,
            source TEXT NOT NULL, body TEXT NOT NULL, title_length INTEGER NOT NULL, body_length INTEGER NOT NULL);
        CREATE TABLE segments (
            field INTEGER NOT NULL, representation INTEGER NOT NULL, segment INTEGER NOT NULL, postings BLOB NOT NULL,
            PRIMARY KEY (field, representation, segment));
        CREATE TABLE terms (
            field INTEGER NOT NULL, representation INTEGER NOT NULL, term TEXT NOT NULL, doc_frequency INTEGER NOT NULL,
            segment INTEGER NOT NULL, offset INTEGER NOT NULL, length INTEGER NOT NULL);
        """;

    public static string PathIn(string indexDirectory) => Path.Combine(indexDirectory, FileName);

    /// <summary>Writes <paramref name="index"/> to <paramref name="path"/> atomically (temporary file, sync, rename).</summary>
    public static void Write(string path, BuiltIndex index, IndexMetadata metadata, Action? beforeSwap = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + TemporarySuffix + "-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            WriteContents(temporary, index, metadata);
            using (var file = new FileStream(temporary, FileMode.Open, FileAccess.ReadWrite))
                file.Flush(flushToDisk: true);
            beforeSwap?.Invoke();
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }

    /// <summary>Removes temporary files a crashed build left behind.</summary>
    public static void RemoveLeftovers(string indexDirectory)
    {
        if (!Directory.Exists(indexDirectory))
            return;
        foreach (var leftover in Directory.EnumerateFiles(indexDirectory, FileName + TemporarySuffix + "-*"))
            File.Delete(leftover);
    }

    private static void WriteContents(string path, BuiltIndex index, IndexMetadata metadata)
    {
        using var connection = Open(path, SqliteOpenMode.ReadWriteCreate);
        // 64 KB pages: an article row fits in one page, and a postings segment is a 16x shorter overflow chain.
        Execute(connection, "PRAGMA page_size = 65536; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
        Execute(connection, Schema);
        using var transaction = connection.BeginTransaction();

        WriteMetadata(connection, metadata);

        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = """
                INSERT INTO articles (doc, id, title, subtitle, districts, year, date, byline, captions, source, body, title_length, body_length)
                VALUES ($doc, $id, $title, $subtitle, $districts, $year, $date, $byline, $captions, $source, $body, $titleLength, $bodyLength)
                """;
            var parameters = Parameters(insert, "$doc", "$id", "$title", "$subtitle", "$districts", "$year", "$date", "$byline", "$captions", "$source", "$body", "$titleLength", "$bodyLength");
            for (var doc = 0; doc < index.Articles.Count; doc++)
            {
                var a = index.Articles[doc];
                Execute(insert, parameters, doc, a.Id, a.Title, a.Subtitle, StoredJson.Write(a.Districts), a.Year,
                    a.Date?.ToString(DateFormat), a.Byline, StoredJson.Write(a.Captions), a.Source, a.Body,
                    index.FieldLengths[(int)Field.Title][doc], index.FieldLengths[(int)Field.Body][doc]);
            }
        }

        using (var insertSegment = connection.CreateCommand())
        using (var insertTerm = connection.CreateCommand())
        {
            // Postings are streamed into a zeroed blob: bound as a parameter, SQLite would first copy
            // the whole segment, hundreds of MB at 50,000 articles.
            insertSegment.CommandText = "INSERT INTO segments VALUES ($field, $representation, $segment, zeroblob($length)) RETURNING rowid";
            insertTerm.CommandText = "INSERT INTO terms VALUES ($field, $representation, $term, $df, $segment, $offset, $length)";
            var segmentValues = Parameters(insertSegment, "$field", "$representation", "$segment", "$length");
            var termValues = Parameters(insertTerm, "$field", "$representation", "$term", "$df", "$segment", "$offset", "$length");
            foreach (var terms in index.Terms)
            {
                for (var s = 0; s < terms.Segments.Count; s++)
                {
                    var segment = terms.Segments[s];
                    SetValues(segmentValues, (int)terms.Field, (int)terms.Representation, s, segment.Length);
                    var rowid = (long)insertSegment.ExecuteScalar()!;
                    using var blob = new SqliteBlob(connection, "segments", "postings", rowid);
                    blob.Write(segment);
                }
                foreach (var t in terms.Terms)
                    Execute(insertTerm, termValues, (int)terms.Field, (int)terms.Representation, t.Term, t.DocumentFrequency, t.Segment, t.Offset, t.Length);
            }
        }
        transaction.Commit();
    }

    private static void WriteMetadata(SqliteConnection connection, IndexMetadata metadata)
    {
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO meta VALUES ($key, $value)";
        var key = insert.Parameters.Add("$key", SqliteType.Text);
        var value = insert.Parameters.Add("$value", SqliteType.Text);
        foreach (var (name, text) in new[]
        {
            ("format_version", metadata.FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("analyzer", metadata.Analyzer),
            ("corpus_hash", metadata.CorpusHash),
            ("article_count", metadata.ArticleCount.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("built_at", metadata.BuiltAt.ToString("O")),
        })
        {
            key.Value = name;
            value.Value = text;
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>The file's metadata, or why it cannot be used (missing, not SQLite, truncated, not ours).</summary>
    public static (IndexMetadata? Metadata, string? Problem) ReadMetadata(string path)
    {
        if (!File.Exists(path))
            return (null, "no index file");
        try
        {
            using var connection = Open(path, SqliteOpenMode.ReadOnly);
            var values = new Dictionary<string, string>();
            using (var query = connection.CreateCommand())
            {
                query.CommandText = "SELECT key, value FROM meta";
                using var reader = query.ExecuteReader();
                while (reader.Read())
                    values[reader.GetString(0)] = reader.GetString(1);
            }
            return (new IndexMetadata(
                int.Parse(values["format_version"], System.Globalization.CultureInfo.InvariantCulture),
                values["analyzer"],
                values["corpus_hash"],
                int.Parse(values["article_count"], System.Globalization.CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(values["built_at"], System.Globalization.CultureInfo.InvariantCulture)), null);
        }
        catch (Exception e) when (e is SqliteException or KeyNotFoundException or FormatException)
        {
            return (null, $"unreadable index file: {e.Message}");
        }
    }

    /// <summary>Loads the whole file into memory. Throws <see cref="InvalidDataException"/> if it is damaged.</summary>
    public static StoredIndex Read(string path)
    {
        var (metadata, problem) = ReadMetadata(path);
        if (metadata is null)
            throw new InvalidDataException($"{path}: {problem}");
        try
        {
            using var connection = Open(path, SqliteOpenMode.ReadOnly);
            var articles = new List<ArticleSummary>(metadata.ArticleCount);
            var lengths = new[] { new int[metadata.ArticleCount], new int[metadata.ArticleCount] };
            using (var query = connection.CreateCommand())
            {
                query.CommandText = "SELECT doc, id, title, districts, year, date, source, title_length, body_length FROM articles ORDER BY doc";
                using var reader = query.ExecuteReader();
                while (reader.Read())
                {
                    var doc = reader.GetInt32(0);
                    if (doc != articles.Count || doc >= metadata.ArticleCount)
                        throw new InvalidDataException($"{path}: article rows are not dense (doc {doc} after {articles.Count - 1})");
                    articles.Add(new ArticleSummary(
                        Id: reader.GetString(1),
                        Title: reader.GetString(2),
                        Districts: StoredJson.ReadStrings(reader.GetString(3)),
                        Year: reader.IsDBNull(4) ? null : reader.GetInt32(4),
                        Date: reader.IsDBNull(5) ? null : ParseDate(reader.GetString(5)),
                        Source: reader.GetString(6)));
                    lengths[(int)Field.Title][doc] = reader.GetInt32(7);
                    lengths[(int)Field.Body][doc] = reader.GetInt32(8);
                }
            }
            if (articles.Count != metadata.ArticleCount)
                throw new InvalidDataException($"{path}: {articles.Count} articles stored, {metadata.ArticleCount} expected");

            var segments = new Dictionary<(Field, Representation, int), byte[]>();
            using (var query = connection.CreateCommand())
            {
                // length() reads only the record header; the blob is then streamed straight into its
                // array, where reading it as a column value would assemble it in SQLite's memory first.
                query.CommandText = "SELECT field, representation, segment, rowid, length(postings) FROM segments";
                using var reader = query.ExecuteReader();
                while (reader.Read())
                {
                    if (reader.IsDBNull(4))
                        throw new InvalidDataException($"{path}: a postings segment is missing");
                    var postings = new byte[reader.GetInt32(4)];
                    using (var blob = new SqliteBlob(connection, "segments", "postings", reader.GetInt64(3), readOnly: true))
                        blob.ReadExactly(postings);
                    segments[((Field)reader.GetInt32(0), (Representation)reader.GetInt32(1), reader.GetInt32(2))] = postings;
                }
            }

            var terms = new List<StoredTerm>();
            using (var query = connection.CreateCommand())
            {
                query.CommandText = "SELECT field, representation, term, doc_frequency, segment, offset, length FROM terms";
                using var reader = query.ExecuteReader();
                while (reader.Read())
                {
                    var term = new StoredTerm((Field)reader.GetInt32(0), (Representation)reader.GetInt32(1), reader.GetString(2),
                        reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6));
                    if (!segments.TryGetValue((term.Field, term.Representation, term.Segment), out var segment) || term.Offset + term.Length > segment.Length)
                        throw new InvalidDataException($"{path}: term {term.Term} points outside its postings segment");
                    terms.Add(term);
                }
            }
            return new StoredIndex(path, metadata, articles, lengths, terms, segments);
        }
        catch (Exception e) when (e is SqliteException or JsonException or FormatException or InvalidCastException or EndOfStreamException)
        {
            throw new InvalidDataException($"{path}: damaged index file: {e.Message}", e);
        }
    }

    private const string DateFormat = "yyyy-MM-dd";

    internal static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, DateFormat, System.Globalization.CultureInfo.InvariantCulture);

    internal static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        // No pooling: a pooled connection would keep the replaced file open after a swap.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>Named parameters whose SQLite type follows each value bound (integer, text or blob).</summary>
    private static SqliteParameter[] Parameters(SqliteCommand command, params string[] names) =>
        names.Select(name => command.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();

    private static void Execute(SqliteCommand command, SqliteParameter[] parameters, params object?[] values)
    {
        SetValues(parameters, values);
        command.ExecuteNonQuery();
    }

    private static void SetValues(SqliteParameter[] parameters, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            parameters[i].Value = values[i] ?? DBNull.Value;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>One term row as stored: its postings are <c>Length</c> bytes at <c>Offset</c> in the given segment.</summary>
public sealed record StoredTerm(Field Field, Representation Representation, string Term, int DocumentFrequency, int Segment, int Offset, int Length);

/// <summary>What of an index file is held in memory: all but the article bodies, which stay in the file at <c>Path</c>.</summary>
public sealed record StoredIndex(
    string Path,
    IndexMetadata Metadata,
    IReadOnlyList<ArticleSummary> Articles,
    int[][] FieldLengths,
    IReadOnlyList<StoredTerm> Terms,
    IReadOnlyDictionary<(Field, Representation, int), byte[]> Segments);
