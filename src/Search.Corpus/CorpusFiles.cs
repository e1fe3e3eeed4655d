using System.Security.Cryptography;
using System.Text;
using Search.Corpus.Files;

namespace Search.Corpus;

/// <summary>
/// The files of a corpus folder the reader reads, named by their path relative to the folder (with
/// <c>/</c>), and what a file's articles depend on: its bytes and, for a page, its sidecar's. An index
/// kept up to date file by file compares <see cref="Hash"/>es, and <see cref="Stamp"/>s to know
/// which hashes to recompute.
/// </summary>
public static class CorpusFiles
{
    private static readonly string[] PageExtensions = [".txt", ".md"];
    private const string BulkExtension = ".jsonl";

    /// <summary>The files to read, in ordinal order; a folder's own README is documentation, not a page.</summary>
    public static IReadOnlyList<string> List(string directory) =>
        !Directory.Exists(directory) ? [] :
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(path => IsPage(path) || IsBulk(path))
            .Where(path => !Path.GetFileName(path).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Select(path => Path.GetRelativePath(directory, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>A JSON-lines file of many articles, as opposed to a newspaper page.</summary>
    public static bool IsBulk(string file) => Path.GetExtension(file).Equals(BulkExtension, StringComparison.OrdinalIgnoreCase);

    private static bool IsPage(string path) =>
        PageExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase) && !Sidecar.IsSidecar(path);

    /// <summary>The file and, for a page, its sidecar: what the file's articles are read from.</summary>
    public static IReadOnlyList<string> Inputs(string directory, string file)
    {
        var path = Path.Combine(directory, file);
        return !IsBulk(file) && Sidecar.Of(path) is { } sidecar ? [path, sidecar] : [path];
    }

    /// <summary>
    /// Length and last write time of each input: when they are as before, the hash is too (a cheap
    /// first look; a change the stamp misses is caught by a full rebuild or the next start).
    /// </summary>
    public static string Stamp(string directory, string file) =>
        string.Join(';', Inputs(directory, file).Select(path => new FileInfo(path) is { Exists: true } info
            ? $"{info.Length}@{info.LastWriteTimeUtc.Ticks}" : "missing"));

    /// <summary>
    /// SHA-256 of the inputs' bytes. A page is hashed no further than <paramref name="maxPageBytes"/>
    /// (the reader skips a longer one anyway), so a page that is really a device cannot stall it.
    /// </summary>
    public static string Hash(string directory, string file, long maxPageBytes = 16 * 1024 * 1024)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[64 * 1024];
        foreach (var path in Inputs(directory, file))
        {
            var limit = IsBulk(file) ? long.MaxValue : maxPageBytes + 1;
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
                long total = 0;
                int read;
                while (total < limit && (read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, limit - total))) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    total += read;
                }
                hash.AppendData(Encoding.UTF8.GetBytes($"\n{total}\n"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                hash.AppendData("unreadable"u8);
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>One hash for a whole corpus, from its files' names and hashes.</summary>
    public static string Fingerprint(IEnumerable<KeyValuePair<string, string>> hashesByFile)
    {
        var text = string.Join('\n', hashesByFile.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}\t{pair.Value}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
