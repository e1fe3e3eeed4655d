using System.Security.Cryptography;
using System.Text;

namespace Search.Corpus;

/// <summary>
/// Article ids from the corpus file's path and the article's position in it: stable across
/// re-indexing, safe in a URL path, and different for files of different paths without their
/// extensions — a file at the top of the corpus keeps the id it always had
/// (<c>000_13824d23c47df48b-2</c>), a file in a folder has its folders in front, joined by <c>~</c>,
/// which no top-level id and no id given in a bulk file holds (<c>y2024~page1-1</c>). Where ids
/// still meet (<c>page.txt</c> beside <c>page.md</c>, an id a bulk record gives), the indexer keeps
/// the first in corpus order.
/// </summary>
public static class ArticleId
{
    public const char FolderSeparator = '~';

    /// <param name="file">The file's path relative to the corpus folder, with <c>/</c>.</param>
    public static string For(string file, int ordinal) => $"{Slug(file)}-{ordinal}";

    /// <summary>Each folder's slug and the file name's without its extension, joined by <see cref="FolderSeparator"/>.</summary>
    public static string Slug(string file)
    {
        var parts = file.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
            return PartSlug("");
        parts[^1] = Path.GetFileNameWithoutExtension(parts[^1]);
        return string.Join(FolderSeparator, parts.Select(PartSlug));
    }

    /// <summary>
    /// A name kept as it is when it is plain ASCII; otherwise its ASCII letters and digits plus a
    /// short hash of the whole name, so two Chinese file names never collide.
    /// </summary>
    private static string PartSlug(string name)
    {
        var safe = new string(name.Where(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-').ToArray());
        if (safe.Length == name.Length && safe.Length > 0)
            return safe;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..10];
        return safe.Length > 0 ? $"{safe}_{hash}" : hash;
    }
}
