using System.Security.Cryptography;
using System.Text;
using Search.Corpus;

namespace Search.Engine.Indexing;

/// <summary>
/// A hash of everything in the corpus folder the reader would read (names and bytes) and of the
/// analysis the index was built with: when both are unchanged, the existing index file is reused.
/// </summary>
public static class CorpusFingerprint
{
    public static string Of(string corpusDirectory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        if (Directory.Exists(corpusDirectory))
        {
            var sidecars = Directory.EnumerateFiles(corpusDirectory, "*.meta.json", SearchOption.AllDirectories);
            foreach (var path in CorpusReader.CorpusFiles(corpusDirectory).Concat(sidecars).Order(StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(corpusDirectory, path) + "\n"));
                try
                {
                    using var file = File.OpenRead(path);
                    hash.AppendData(SHA256.HashData(file));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    hash.AppendData("unreadable"u8);
                }
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
