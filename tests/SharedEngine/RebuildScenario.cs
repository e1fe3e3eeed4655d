using System.Diagnostics;
using System.Text.Json;
using Search.Analysis;
using Search.Engine;
using Search.Engine.Indexing;
using Search.Engine.Searching;
using Search.Index;
using Search.Index.Storage;

namespace Search.Tests;

/// <summary>
/// A corpus and an index in temporary folders for fault tests: an index built from the five real
/// pages, a way to make the next rebuild long (bulk articles), and what users would see of an index.
/// </summary>
internal sealed class RebuildScenario : IDisposable
{
    private static readonly string[] Queries = ["上合", "民生实事", "6.5%", "发展 -崂山", ""];

    public string Corpus { get; } = Directory.CreateTempSubdirectory("fault-corpus-").FullName;
    public string Index { get; } = Directory.CreateTempSubdirectory("fault-index-").FullName;

    private string Saved => Path.Combine(Corpus, "..", Path.GetFileName(Index) + ".saved");

    /// <summary>Builds the index of the five pages, keeps a copy to restore, and returns what it answers.</summary>
    public async Task<string> BuildInitialIndexAsync()
    {
        foreach (var page in Directory.GetFiles(RepositoryRoot.Combine("corpus"), "*.txt"))
            File.Copy(page, Path.Combine(Corpus, Path.GetFileName(page)));
        await new IndexManager(new SearchPaths(Corpus, Index), WordAnalyzer.Default).EnsureLoadedAsync();
        File.Copy(IndexFile.PathIn(Index), Saved, overwrite: true);
        return Answers();
    }

    /// <summary>Puts the initial index back, so that every trial interrupts a rebuild from the same start.</summary>
    public void RestoreInitialIndex() => File.Copy(Saved, IndexFile.PathIn(Index), overwrite: true);

    /// <summary>Everything a user would see for the test queries, as one string: ids, titles, totals, facets.</summary>
    public string Answers()
    {
        using var index = new SearchIndex(IndexFile.Read(IndexFile.PathIn(Index)));
        var searcher = new Searcher(index, WordAnalyzer.Default);
        return string.Join("\n", Queries.Select(query =>
            JsonSerializer.Serialize(searcher.Search(new SearchRequest(query, Size: 20)) with { TookMs = 0, Timings = new(0, 0, 0) })));
    }

    /// <summary>Adds articles resampled from the pages, so that rebuilding takes seconds.</summary>
    public void AddBulkArticles(int count)
    {
        var sentences = Directory.GetFiles(RepositoryRoot.Combine("corpus"), "*.txt")
            .SelectMany(page => File.ReadAllText(page).Split('。', StringSplitOptions.RemoveEmptyEntries))
            .Select(sentence => sentence.Trim())
            .Where(sentence => sentence.Length > 10)
            .ToArray();
        var random = new Random(42);
        using var writer = new StreamWriter(Path.Combine(Corpus, "bulk.jsonl"));
        for (var i = 0; i < count; i++)
        {
            var body = string.Join("。", Enumerable.Range(0, 40).Select(_ => sentences[random.Next(sentences.Length)])) + "。";
            writer.WriteLine(JsonSerializer.Serialize(new { id = $"bulk-{i}", title = $"合成文章 {i}", body, districts = new[] { "平度市" }, year = 2020 }));
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

    public void Dispose()
    {
        File.Delete(Saved);
        Directory.Delete(Corpus, recursive: true);
        Directory.Delete(Index, recursive: true);
    }
}
