namespace Search.Engine;

/// <summary>The configured corpus and index folders as absolute paths.</summary>
public sealed record SearchPaths(string CorpusDirectory, string IndexDirectory)
{
    /// <summary>The file that marks the repository root.</summary>
    public const string RootMarker = "Search.sln";

    /// <summary>
    /// Resolves relative paths against the repository root (the nearest folder above
    /// <paramref name="workingDirectory"/> that holds <see cref="RootMarker"/>), because
    /// <c>dotnet run --project src/…</c> starts the program inside its project folder. Outside a
    /// checkout (a published build, the container) they resolve against the working directory.
    /// </summary>
    public static SearchPaths Resolve(SearchOptions options, string workingDirectory)
    {
        var baseDirectory = FindRepositoryRoot(workingDirectory) ?? workingDirectory;
        return new SearchPaths(
            Path.GetFullPath(options.CorpusPath, baseDirectory),
            Path.GetFullPath(options.IndexPath, baseDirectory));
    }

    public static string? FindRepositoryRoot(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, RootMarker)))
                return directory.FullName;
        }
        return null;
    }
}
