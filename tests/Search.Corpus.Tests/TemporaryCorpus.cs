using System.Text;

namespace Search.Corpus.Tests;

/// <summary>A corpus folder on disk for one test, deleted afterwards.</summary>
internal sealed class TemporaryCorpus : IDisposable
{
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("corpus-").FullName;

    public List<CorpusWarning> Warnings { get; } = [];

    public TemporaryCorpus Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    public TemporaryCorpus Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Directory, name);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public IReadOnlyList<Article> Read(CorpusLimits? limits = null) =>
        new CorpusReader(Directory, limits).Read(Warnings.Add).ToList();

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
