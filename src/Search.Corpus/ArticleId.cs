using System.Security.Cryptography;
using System.Text;

namespace Search.Corpus;

/// <summary>
/// Article ids from the source file and the article's position in it: stable across re-indexing,
/// safe in a URL path (<c>000_13824d23c47df48b-2</c>).
/// </summary>
public static class ArticleId
{
    public static string For(string source, int ordinal) => $"{Slug(source)}-{ordinal}";

    /// <summary>
    /// The file name without extension, kept as is when it is plain ASCII; otherwise its ASCII letters
    /// and digits plus a short hash of the whole name, so two Chinese file names never collide.
    /// </summary>
    public static string Slug(string source)
    {
        var stem = Path.GetFileNameWithoutExtension(source);
        var safe = new string(stem.Where(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-').ToArray());
        if (safe.Length == stem.Length && safe.Length > 0)
            return safe;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(stem)))[..10];
        return safe.Length > 0 ? $"{safe}_{hash}" : hash;
    }
}
