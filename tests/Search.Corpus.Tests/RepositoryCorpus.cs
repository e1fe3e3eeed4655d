namespace Search.Corpus.Tests;

/// <summary>The five newspaper pages in the repository's corpus/ folder.</summary>
internal static class RepositoryCorpus
{
    public static readonly string Directory = Search.Tests.RepositoryRoot.Combine("corpus");

    public static IReadOnlyList<Article> ReadAll(List<CorpusWarning>? warnings = null) =>
        new CorpusReader(Directory).Read(warning => warnings?.Add(warning)).ToList();
}
