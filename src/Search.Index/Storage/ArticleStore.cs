using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Search.Corpus;

namespace Search.Index.Storage;

/// <summary>
/// Reads whole articles from one index file by doc id, for the few a search shows. Its read-only
/// connections are all opened when the index is loaded and never again: after a newer file has been
/// renamed into place, they still read the file this index was loaded from (the old inode), so a
/// search on a retired index can never mix in the new file's rows. A search waits for a free
/// connection rather than opening one.
/// </summary>
internal sealed class ArticleStore : IDisposable
{
    private readonly ConcurrentBag<Reader> _idle = [];
    private readonly SemaphoreSlim _available;
    private volatile bool _disposed;

    public ArticleStore(string path, int connections)
    {
        for (var i = 0; i < connections; i++)
            _idle.Add(new Reader(path));
        _available = new SemaphoreSlim(connections, connections);
    }

    public Article Read(int doc)
    {
        _available.Wait();
        if (!_idle.TryTake(out var reader))
            throw new InvalidOperationException("connection pool out of step with its semaphore");
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return reader.Read(doc);
        }
        finally
        {
            if (_disposed)
                reader.Dispose();
            else
                _idle.Add(reader);
            _available.Release();
        }
    }

    /// <summary>Closes idle connections now; one in use is closed when its search returns it.</summary>
    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var reader))
            reader.Dispose();
    }

    private sealed class Reader : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _select;
        private readonly SqliteParameter _doc;

        public Reader(string path)
        {
            _connection = IndexFile.Open(path, SqliteOpenMode.ReadOnly);
            // The file never changes once written (a rebuild writes a new file and renames it over),
            // so the connection may keep its shared lock and page cache from read to read instead of
            // taking the lock and re-validating the cache for every article: a quarter of each read.
            using (var exclusive = _connection.CreateCommand())
            {
                exclusive.CommandText = "PRAGMA locking_mode = EXCLUSIVE";
                exclusive.ExecuteNonQuery();
            }
            _select = _connection.CreateCommand();
            _select.CommandText = "SELECT id, title, subtitle, districts, year, date, byline, captions, source, body FROM articles WHERE doc = $doc";
            _doc = _select.Parameters.Add(new SqliteParameter { ParameterName = "$doc" });
            _select.Prepare();
        }

        public Article Read(int doc)
        {
            _doc.Value = doc;
            using var row = _select.ExecuteReader();
            if (!row.Read())
                throw new KeyNotFoundException($"no article with doc id {doc}");
            return new Article(
                Id: row.GetString(0),
                Title: row.GetString(1),
                Subtitle: row.IsDBNull(2) ? null : row.GetString(2),
                Districts: StoredJson.ReadStrings(row.GetString(3)),
                Year: row.IsDBNull(4) ? null : row.GetInt32(4),
                Date: row.IsDBNull(5) ? null : IndexFile.ParseDate(row.GetString(5)),
                Byline: row.IsDBNull(6) ? null : row.GetString(6),
                Captions: StoredJson.ReadStrings(row.GetString(7)),
                Source: row.GetString(8),
                Body: row.GetString(9));
        }

        public void Dispose()
        {
            _select.Dispose();
            _connection.Dispose();
        }
    }
}
