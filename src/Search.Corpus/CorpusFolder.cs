using System.IO.Enumeration;
using System.Security.Cryptography;
using System.Text;
using Search.Corpus.Files;

namespace Search.Corpus;

/// <summary>
/// A corpus folder and what of it may be read. Its files are named by their path relative to the
/// folder (with <c>/</c>), in ordinal order. Only regular files inside the folder are ever opened: a
/// FIFO, device or socket is refused (opening a FIFO would wait for a writer, a device may never
/// end), and so is a link that leads out of the folder, to nothing, or to a folder (folders reached
/// through links are not walked, so a link cannot make the walk loop). A link to a regular file
/// inside the folder is read under the link's own name. A refused entry is still listed, so that
/// the reader can say why it was refused.
/// </summary>
public sealed class CorpusFolder
{
    private const string BulkExtension = ".jsonl";

    /// <param name="directory">The folder; a link to a folder is fine here (it is resolved once).</param>
    public CorpusFolder(string directory, CorpusLimits? limits = null)
    {
        Directory = Path.GetFullPath(directory);
        Limits = limits ?? CorpusLimits.Default;
        _root = LinkTargets.RealPath(Directory);
    }

    private readonly string _root;

    public string Directory { get; }

    public CorpusLimits Limits { get; }

    public bool Exists => System.IO.Directory.Exists(Directory);

    /// <summary>A JSON-lines file of many articles, as opposed to a newspaper page.</summary>
    public static bool IsBulk(string file) => Path.GetExtension(file).Equals(BulkExtension, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The files to read, in ordinal order: pages and bulk files (a folder's own README is
    /// documentation, not a page), and links to folders, listed with a trailing <c>/</c> only so
    /// that the reader says they were not followed.
    /// </summary>
    public IReadOnlyList<string> Files()
    {
        if (!Exists)
            return [];
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true, ReturnSpecialDirectories = false };
        var entries = new FileSystemEnumerable<string>(_root, (ref FileSystemEntry entry) =>
            Path.GetRelativePath(_root, entry.ToFullPath()).Replace('\\', '/') + (entry.IsDirectory ? "/" : ""), options)
        {
            // A link to a folder is listed but never walked: it may lead out of the corpus or back into it.
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !entry.Attributes.HasFlag(FileAttributes.ReparsePoint),
            ShouldIncludePredicate = (ref FileSystemEntry entry) => entry.IsDirectory
                ? entry.Attributes.HasFlag(FileAttributes.ReparsePoint)
                : IsPage(entry.FileName) || IsBulk(entry.FileName.ToString()),
        };
        return [.. entries.Order(StringComparer.Ordinal)];
    }

    private static bool IsPage(ReadOnlySpan<char> name)
    {
        var extension = Path.GetExtension(name);
        return !name.Equals("README.md", StringComparison.OrdinalIgnoreCase)
            && !Sidecar.IsSidecar(name.ToString())
            && (extension.Equals(".txt", StringComparison.OrdinalIgnoreCase) || extension.Equals(".md", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Where a corpus file's bytes may be read from, or why they may not.</summary>
    /// <param name="Path">The regular file to open: the file itself, or the file a link leads to.</param>
    public readonly record struct Access(string? Path, string? Refusal);

    /// <summary>Whether <paramref name="file"/> (relative to the folder) may be opened, and from where.</summary>
    public Access Check(string file)
    {
        var path = Path.Combine(_root, file.TrimEnd('/'));
        var kind = FileKinds.Of(path);
        if (kind == FileKind.SymbolicLink)
        {
            if (LinkTargets.Final(path) is not { } target)
                return Refuse("a symbolic link that leads to nothing (or around in a loop) is not followed");
            kind = FileKinds.Of(target);
            if (kind == FileKind.Directory)
                return Refuse($"a symbolic link to a folder ({target}) is not followed: the corpus is walked through its own folders only");
            if (!LinkTargets.IsInside(target, _root))
                return Refuse($"a symbolic link to {target}, outside the corpus folder, is not followed");
            if (kind != FileKind.Regular)
                return Refuse($"a symbolic link to {FileKinds.Describe(kind)} is not followed");
            return new Access(target, null);
        }
        return kind == FileKind.Regular ? new Access(path, null)
            : kind == FileKind.Missing ? Refuse("it is gone (removed while the corpus was read)")
            : Refuse($"{FileKinds.Describe(kind)}, not a regular file: it is not opened");

        static Access Refuse(string reason) => new(null, reason);
    }

    /// <summary>The most of <paramref name="file"/> that is ever read.</summary>
    public long LimitOf(string file) => IsBulk(file) ? Limits.MaxBulkBytes : Limits.MaxPageBytes;

    /// <summary>The page's sidecar (<c>page.meta.json</c> or <c>page.txt.meta.json</c>), relative to the folder; null when it has none.</summary>
    public string? SidecarOf(string file) => IsBulk(file) || file.EndsWith('/') ? null
        : Sidecar.CandidatePaths(file).FirstOrDefault(candidate => FileKinds.Of(Path.Combine(_root, candidate)) != FileKind.Missing);

    /// <summary>The file and, for a page, its sidecar: what the file's articles are read from.</summary>
    private IEnumerable<string> Inputs(string file) => SidecarOf(file) is { } sidecar ? [file, sidecar] : [file];

    /// <summary>
    /// Length and last write time of each input (and of the file a link leads to): when they are as
    /// before, the hash is too — a cheap first look; a change the stamp misses is caught by a full
    /// rebuild or the next start.
    /// </summary>
    public string Stamp(string file) => string.Join(';', Inputs(file).Select(input =>
    {
        var path = Path.Combine(_root, input.TrimEnd('/'));
        var target = Check(input).Path is { } readable && readable != path ? ">" + StampOf(readable) : "";
        return StampOf(path) + target;
    }));

    private static string StampOf(string path) => new FileInfo(path) is { } info && (info.Exists || info.LinkTarget is not null)
        ? $"{(info.Attributes.HasFlag(FileAttributes.Directory) ? 0 : info.Length)}@{info.LastWriteTimeUtc.Ticks}"
        : "missing";

    /// <summary>
    /// SHA-256 of the inputs' bytes, each read no further than its limit (the reader skips a longer
    /// file anyway); an input that may not be opened is hashed as the reason it may not.
    /// </summary>
    public string Hash(string file)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[64 * 1024];
        foreach (var input in Inputs(file))
        {
            var access = Check(input);
            if (access.Path is null)
            {
                hash.AppendData(Encoding.UTF8.GetBytes($"refused\n{access.Refusal}\n"));
                continue;
            }
            var limit = (input == file ? LimitOf(file) : Limits.MaxSidecarBytes) + 1;
            try
            {
                using var stream = BoundedRead.Open(access.Path);
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
