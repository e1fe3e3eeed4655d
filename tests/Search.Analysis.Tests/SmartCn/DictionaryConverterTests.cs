using System.Security.Cryptography;
using Search.Analysis.SmartCn.Conversion;
using Search.Tests;

namespace Search.Analysis.Tests.SmartCn;

/// <summary>
/// The embedded dictionary files are exactly what the converter makes from Lucene's jar (Debian
/// package liblucene4.10-java, which CI installs), so anyone can reproduce them.
/// </summary>
public sealed class DictionaryConverterTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("smartcn-data-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Fact]
    public void Converting_lucenes_jar_reproduces_the_committed_files_byte_for_byte()
    {
        Assert.True(File.Exists(DictionaryConverter.DefaultJar),
            $"{DictionaryConverter.DefaultJar} is missing: apt-get install -y liblucene4.10-java");

        var summary = DictionaryConverter.Convert(DictionaryConverter.DefaultJar, _output);

        Assert.Equal(new DictionaryConverter.Summary(85_607, 328_856), summary);
        var committed = RepositoryRoot.Combine("src", "Search.Analysis", "SmartCn", "Data");
        foreach (var name in new[] { "words.bin", "bigrams.bin", "stopwords.txt", "NOTICE.txt", "LICENSE.txt" })
            Assert.Equal(Hash(Path.Combine(committed, name)), Hash(Path.Combine(_output, name)));
    }

    [Fact]
    public void Something_that_is_not_a_java_serialization_stream_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => JavaArrayStream.ReadAll([0x50, 0x4B, 0x03, 0x04]));

        Assert.Contains("not a Java serialization stream", error.Message);
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
