namespace Search.Host.Tests;

/// <summary>
/// A host over a corpus of the pages a test class gives (file name → text), its index loaded before
/// the first test; the corpus is deleted when the class is done.
/// </summary>
public abstract class PagesHost(params (string Name, string Text)[] pages) : IAsyncLifetime
{
    private readonly string _corpus = Directory.CreateTempSubdirectory("pages-corpus-").FullName;

    protected RunningHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        foreach (var (name, text) in pages)
            await File.WriteAllTextAsync(Path.Combine(_corpus, name), text);
        Host = await RunningHost.StartAsync($"--Search:CorpusPath={_corpus}");
        await Host.WaitForIndexAsync(TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(_corpus, recursive: true);
    }
}
