using Lucene.Net.Index;
using Search.Analysis;
using Search.Corpus;

namespace Search.Index.Tests;

/// <summary>A real Lucene index on disk in a temporary folder, written with the index's own fields and analysis.</summary>
public sealed class TemporaryIndex : IDisposable
{
    public string Folder { get; } = System.IO.Directory.CreateTempSubdirectory("index-test-").FullName;

    public Lucene.Net.Store.Directory Directory { get; }

    public TemporaryIndex() => Directory = IndexStore.Open(Folder);

    /// <summary>Adds the articles as read from <paramref name="file"/> and commits.</summary>
    public void Add(string file, string hash, params Article[] articles)
    {
        using var writer = IndexStore.Writer(Directory, WordAnalyzer.Default, create: false);
        var order = 0;
        foreach (var article in articles)
            writer.AddDocument(ArticleDocument.Create(article, file, hash, order++));
        writer.Commit();
    }

    /// <summary>Deletes the articles of a file and commits.</summary>
    public void Delete(string file)
    {
        using var writer = IndexStore.Writer(Directory, WordAnalyzer.Default, create: false);
        writer.DeleteDocuments(new Term(ArticleFields.File, file));
        writer.Commit();
    }

    public ArticleIndex Open() => new(DirectoryReader.Open(Directory));

    public static Article Article(string id, string title = "标题", string body = "正文", IReadOnlyList<string>? places = null,
        int? year = null, DateOnly? date = null) =>
        new(id, title, null, global::Search.Tests.Named.Places([.. places ?? []]), year, date, null, [], "page.txt", body);

    public void Dispose()
    {
        Directory.Dispose();
        System.IO.Directory.Delete(Folder, recursive: true);
    }
}
