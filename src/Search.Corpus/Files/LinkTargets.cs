namespace Search.Corpus.Files;

/// <summary>Where symbolic links lead, with every link on the way resolved, as <c>realpath</c> does.</summary>
internal static class LinkTargets
{
    /// <summary>More links than this on one path is a loop (Linux gives up at 40 too).</summary>
    private const int MaxLinks = 40;

    /// <summary>The file a link finally leads to, as a real path; null when it leads to nothing or loops.</summary>
    public static string? Final(string link)
    {
        try
        {
            var target = RealPath(link);
            return FileKinds.Of(target) == FileKind.Missing ? null : target;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Whether <paramref name="path"/>, a real path, is <paramref name="root"/> or lies under it.</summary>
    public static bool IsInside(string path, string root)
    {
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var folder = Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar;
        return path.StartsWith(folder, comparison);
    }

    /// <summary>
    /// The absolute path with no link in it: each part of the path is resolved in turn, so a link to
    /// a folder on the way (<c>corpus/inner → /etc</c>) is seen, not only a link at the end.
    /// </summary>
    /// <exception cref="IOException">The path loops through links.</exception>
    public static string RealPath(string path)
    {
        var links = 0;
        var pending = new Stack<string>(Parts(Path.GetFullPath(path)).Reverse());
        var resolved = Path.GetPathRoot(Path.GetFullPath(path))!;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
                continue;
            if (part == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? resolved;
                continue;
            }
            var next = Path.Combine(resolved, part);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                resolved = next;
                continue;
            }
            if (++links > MaxLinks)
                throw new IOException($"more than {MaxLinks} links on the way to {path}");
            // The target's parts replace this one; an absolute target starts again from its root.
            foreach (var targetPart in Parts(target).Reverse())
                pending.Push(targetPart);
            if (Path.IsPathRooted(target))
                resolved = Path.GetPathRoot(target)!;
        }
        return resolved;
    }

    private static IEnumerable<string> Parts(string path) =>
        path[(Path.GetPathRoot(path)?.Length ?? 0)..].Split(['/', Path.DirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
