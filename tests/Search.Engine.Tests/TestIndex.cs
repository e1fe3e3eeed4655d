using Search.Corpus;
using Search.Engine.Indexing;
using Search.Engine.Searching;
using Search.Index;

namespace Search.Engine.Tests;

/// <summary>A real index built from a corpus folder into a temporary folder, through the real manager.</summary>
public sealed class TestIndex : IDisposable
{
    private TestIndex(string corpus, string indexDirectory, bool ownsCorpus, SearchOptions? options = null)
    {
        CorpusDirectory = corpus;
        IndexDirectory = indexDirectory;
        _ownsCorpus = ownsCorpus;
        Manager = IndexManager.For(new SearchPaths(corpus, indexDirectory), options ?? new SearchOptions());
        Report = Manager.EnsureLoadedAsync().GetAwaiter().GetResult();
    }

    private readonly bool _ownsCorpus;

    public string CorpusDirectory { get; }
    public string IndexDirectory { get; }
    public IndexManager Manager { get; }
    public IndexReport Report { get; }
    public Searcher Searcher => Manager.Latest()!;

    /// <summary>An index of the repository's five pages.</summary>
    public static TestIndex OfRepositoryCorpus(SearchOptions? options = null) =>
        new(global::Search.Tests.RepositoryRoot.Combine("corpus"), NewFolder("index-"), ownsCorpus: false, options);

    /// <summary>An index of pages given as (file name, text).</summary>
    public static TestIndex Of(params (string Name, string Text)[] pages) => Of(null, pages);

    /// <summary>An index of pages given as (file name, text), under the settings given.</summary>
    public static TestIndex Of(SearchOptions? options, params (string Name, string Text)[] pages)
    {
        var corpus = NewFolder("corpus-");
        foreach (var (name, text) in pages)
            File.WriteAllText(Path.Combine(corpus, name), text);
        return new TestIndex(corpus, NewFolder("index-"), ownsCorpus: true, options);
    }

    public SearchResult Search(string query, int size = 100, IReadOnlyList<string>? places = null, IReadOnlyList<int>? years = null, SortOrder? sort = null, int page = 1) =>
        Searcher.Search(new SearchRequest(query, places is null ? null : global::Search.Tests.Named.Places([.. places]), years, page, size, sort));

    public IReadOnlyList<Article> Articles => [.. Searcher.Index.Articles()];

    /// <summary>The ids of the articles whose title or body holds <paramref name="text"/>, both folded as search folds them: what a search must find.</summary>
    public HashSet<string> ArticlesContaining(string text) =>
        [.. Articles.Where(article => Folded(IndexedText.Title(article) + "\n" + IndexedText.Body(article)).Contains(Folded(text), StringComparison.Ordinal))
            .Select(article => article.Id)];

    private static string Folded(string text) => global::Search.Analysis.Folding.CharacterFolding.Default.Normalize(text);

    private static string NewFolder(string prefix) => Directory.CreateTempSubdirectory(prefix).FullName;

    public void Dispose()
    {
        Manager.Dispose();
        Directory.Delete(IndexDirectory, recursive: true);
        if (_ownsCorpus)
            Directory.Delete(CorpusDirectory, recursive: true);
    }
}

/// <summary>One index of the real corpus shared by a test class.</summary>
public sealed class RepositoryIndexFixture : IDisposable
{
    public TestIndex Index { get; } = TestIndex.OfRepositoryCorpus();

    public void Dispose() => Index.Dispose();
}

/// <summary>
/// One index shared by a test class of the five pages and ten real reports nobody on the team
/// wrote: the State Council's of 2005–2014, long texts whose terms recur many times an article.
/// </summary>
public sealed class ReportsIndexFixture : IDisposable
{
    public TestIndex Index { get; } = TestIndex.Of([
        .. Directory.GetFiles(global::Search.Tests.RepositoryRoot.Combine("corpus"), "*.txt")
            .Concat(Enumerable.Range(2005, 10).Select(year => Path.Combine(global::Search.Tests.RealReports.Pages, $"{year}年国务院政府工作报告.txt")))
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path)))]);

    public void Dispose() => Index.Dispose();
}

/// <summary>One index shared by a test class of the State Council's reports of 1954–2014 (42 of those years), nothing else.</summary>
public sealed class StateCouncilIndexFixture : IDisposable
{
    public TestIndex Index { get; } = TestIndex.Of([
        .. Directory.GetFiles(global::Search.Tests.RealReports.Pages, "*国务院政府工作报告.txt")
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path)))]);

    public void Dispose() => Index.Dispose();
}
