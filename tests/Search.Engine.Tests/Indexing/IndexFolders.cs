using Lucene.Net.Index;
using Search.Analysis;
using Search.Engine.Indexing;
using Search.Engine.Searching;
using Search.Index;

namespace Search.Engine.Tests.Indexing;

/// <summary>
/// A corpus folder and an index folder for one test, and the index managers made over them; all
/// disposed and deleted afterwards. What the manager tests start from.
/// </summary>
public abstract class IndexFolders : IDisposable
{
    protected const string Pingdu = "平度市：建设幸福平度\n\n1月7日,平度市人民代表大会开幕。2025年,平度市将统筹发展民生实事。";
    protected const string Laixi = "莱西市：攻坚克难\n\n1月6日，莱西市人民代表大会开幕。2025年，莱西市将攻坚突破。";
    protected const string Jimo = "即墨区：勇毅前行\n\n1月8日，即墨区人民代表大会开幕。2025年，即墨区将推进海洋经济。";

    protected string CorpusDirectory { get; } = Directory.CreateTempSubdirectory("corpus-").FullName;

    protected string IndexDirectory { get; } = Directory.CreateTempSubdirectory("index-").FullName;

    private readonly List<IndexManager> _managers = [];

    public void Dispose()
    {
        _managers.ForEach(manager => manager.Dispose());
        Directory.Delete(CorpusDirectory, recursive: true);
        Directory.Delete(IndexDirectory, recursive: true);
        GC.SuppressFinalize(this);
    }

    protected IndexManager NewManager(WordAnalyzer? analyzer = null, TimeSpan? articleBudget = null)
    {
        var manager = new IndexManager(new SearchPaths(CorpusDirectory, IndexDirectory), analyzer ?? WordAnalyzer.Default, articleBudget: articleBudget);
        _managers.Add(manager);
        return manager;
    }

    /// <summary>Writes a corpus file (folders made as needed).</summary>
    protected void Write(string name, string text)
    {
        var path = Path.Combine(CorpusDirectory, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Replaces a corpus file with bytes no decoder reads as text (a PNG's first bytes): a version that fails as a whole.</summary>
    protected void Garble(string name) => File.WriteAllBytes(Path.Combine(CorpusDirectory, name), [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D]);

    /// <summary>How many documents of the last commit on disk hold the id: never more than one.</summary>
    protected int Holders(string id)
    {
        using var directory = IndexStore.Open(IndexDirectory);
        using var reader = DirectoryReader.Open(directory);
        return reader.DocFreq(new Term(ArticleFields.Id, id));
    }

    protected static int Total(IndexManager manager, string query) => manager.Latest()!.Search(new SearchRequest(query)).Total;

    /// <summary>What a fresh reader of the last commit on disk holds: the ids of its live articles.</summary>
    protected List<string> CommittedIds()
    {
        using var directory = IndexStore.Open(IndexDirectory);
        using var reader = DirectoryReader.Open(directory);
        return [.. new ArticleIndex(reader).Articles().Select(article => article.Id).Order(StringComparer.Ordinal)];
    }
}
