namespace Search.Corpus.Tests;

/// <summary>The five newspaper pages in the repository's corpus/ folder.</summary>
internal static class RepositoryCorpus
{
    public static readonly string Directory = Path.Combine(FindRoot(), "corpus");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Search.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("tests must run inside the repository");
    }

    public static IReadOnlyList<Article> ReadAll(List<CorpusWarning>? warnings = null) =>
        new CorpusReader().Read(Directory, warning => warnings?.Add(warning)).ToList();
}
