using System.Diagnostics;
using System.Text.Json;
using Lucene.Net.Index;
using Search.Analysis;
using Search.Engine;
using Search.Engine.Indexing;
using Search.Engine.Searching;
using Search.Index;

namespace Search.Tests;

/// <summary>
/// A corpus and an index in temporary folders for fault tests: an index built from the five real
/// pages, a saved copy of it to start every trial from, ways to make the next build or update long
/// (bulk articles), and what users would see of whatever index is on disk.
/// </summary>
internal sealed class RebuildScenario : IDisposable
{
    private static readonly string[] Queries = ["上合", "民生实事", "6.5%", "发展 -崂山", "合成文章", ""];

    public string Corpus { get; } = Directory.CreateTempSubdirectory("fault-corpus-").FullName;
    public string Index { get; } = Directory.CreateTempSubdirectory("fault-index-").FullName;

    private string Saved { get; } = Directory.CreateTempSubdirectory("fault-saved-").FullName;

    public IndexManager NewManager() => new(new SearchPaths(Corpus, Index), WordAnalyzer.Default);

    /// <summary>Builds the index of the five pages (and whatever else the corpus holds), keeps a copy to restore, and returns what it answers.</summary>
    public async Task<string> BuildInitialIndexAsync()
    {
        foreach (var page in Directory.GetFiles(RepositoryRoot.Combine("corpus"), "*.txt"))
            File.Copy(page, Path.Combine(Corpus, Path.GetFileName(page)), overwrite: true);
        using (var manager = NewManager())
            await manager.EnsureLoadedAsync();
        CopyFolder(Index, Saved);
        return Answers();
    }

    /// <summary>Puts the initial index back, so that every trial interrupts a build from the same start.</summary>
    public void RestoreInitialIndex() => CopyFolder(Saved, Index);

    /// <summary>
    /// What the last commit on disk holds, as one string: every article (id and a hash of all it
    /// says), and for the test queries the totals and facets. Scores are left out: deleted docs
    /// weigh in BM25 until merges drop them, and merges depend on how threads cut segments.
    /// </summary>
    public string Answers()
    {
        using var directory = IndexStore.Open(Index);
        using var reader = DirectoryReader.Open(directory);
        var index = new ArticleIndex(reader);
        var searcher = new Searcher(index, WordAnalyzer.Default);
        var articles = index.Articles()
            .Select(article => $"{article.Id}:{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(article)))[..12]}")
            .Order(StringComparer.Ordinal);
        var queries = Queries.Select(query => searcher.Search(new SearchRequest(query, Size: 1)))
            .Select(result => JsonSerializer.Serialize(new { result.Query, result.Total, Places = result.Facets.Place.All(), result.Facets.Year }));
        return string.Join(' ', articles) + "\n" + string.Join("\n", queries);
    }

    /// <summary>The ids of the articles the last commit on disk holds.</summary>
    public IReadOnlySet<string> CommittedIds()
    {
        using var directory = IndexStore.Open(Index);
        using var reader = DirectoryReader.Open(directory);
        return new ArticleIndex(reader).Articles().Select(article => article.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Files in the index folder that the last commit does not reference (the write lock and segments.gen aside).</summary>
    public IReadOnlyList<string> UnreferencedFiles()
    {
        using var directory = IndexStore.Open(Index);
        var referenced = DirectoryReader.ListCommits(directory)[^1].FileNames.ToHashSet(StringComparer.Ordinal);
        return [.. directory.ListAll().Where(file => !referenced.Contains(file) && file != IndexWriter.WRITE_LOCK_NAME && file != IndexFileNames.SEGMENTS_GEN)];
    }

    /// <summary>Adds articles resampled from the pages in a bulk file, so that indexing them takes seconds.</summary>
    public void AddBulkArticles(int count, string file = "bulk.jsonl", int seed = 42)
    {
        var sentences = Directory.GetFiles(RepositoryRoot.Combine("corpus"), "*.txt")
            .SelectMany(page => File.ReadAllText(page).Split('。', StringSplitOptions.RemoveEmptyEntries))
            .Select(sentence => sentence.Trim())
            .Where(sentence => sentence.Length > 10)
            .ToArray();
        var random = new Random(seed);
        var name = Path.GetFileNameWithoutExtension(file);
        using var writer = new StreamWriter(Path.Combine(Corpus, file));
        for (var i = 0; i < count; i++)
        {
            var body = string.Join("。", Enumerable.Range(0, 40).Select(_ => sentences[random.Next(sentences.Length)])) + "。";
            writer.WriteLine(JsonSerializer.Serialize(new { id = $"{name}-{i}", title = $"合成文章 {name} {i}", body, districts = new[] { "平度市" }, year = 2020 }));
        }
    }

    /// <summary>Starts <c>dotnet DLL ARGS…</c> from the test's output folder.</summary>
    public static Process StartDotnet(string dll, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, dll));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        return Process.Start(start)!;
    }

    /// <summary>Makes <paramref name="target"/> hold exactly the files of <paramref name="source"/>.</summary>
    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.GetFiles(target))
            File.Delete(file);
        foreach (var file in Directory.GetFiles(source))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
    }

    public void Dispose()
    {
        Directory.Delete(Saved, recursive: true);
        Directory.Delete(Corpus, recursive: true);
        Directory.Delete(Index, recursive: true);
    }
}
