using System.IO.Compression;
using Search.Analysis.SmartCn.Dictionaries;

namespace Search.Analysis.SmartCn.Conversion;

/// <summary>
/// Converts the dictionaries shipped in Lucene's <c>lucene-analyzers-smartcn-4.10.4.jar</c> into the
/// compact files the analyzer embeds: <c>coredict.mem</c> → <c>words.bin</c>, <c>bigramdict.mem</c> →
/// <c>bigrams.bin</c>, plus the stop list and Lucene's NOTICE and LICENSE as they are in the jar.
/// </summary>
public static class DictionaryConverter
{
    public const string DefaultJar = "/usr/share/java/lucene-analyzers-smartcn-4.10.4.jar";
    private const string Package = "org/apache/lucene/analysis/cn/smart/";

    public sealed record Summary(int Words, int Bigrams);

    public static Summary Convert(string jarPath, string outputDirectory)
    {
        using var jar = ZipFile.OpenRead(jarPath);
        Directory.CreateDirectory(outputDirectory);

        var words = ReadWords(ReadEntry(jar, Package + "hhmm/coredict.mem"));
        using (var output = File.Create(Path.Combine(outputDirectory, "words.bin")))
            WordDictionary.Write(output, words);

        var bigrams = ReadBigrams(ReadEntry(jar, Package + "hhmm/bigramdict.mem"));
        using (var output = File.Create(Path.Combine(outputDirectory, "bigrams.bin")))
            BigramDictionary.Write(output, bigrams);

        File.WriteAllBytes(Path.Combine(outputDirectory, "stopwords.txt"), ReadEntry(jar, Package + "stopwords.txt"));
        File.WriteAllBytes(Path.Combine(outputDirectory, "NOTICE.txt"), ReadEntry(jar, "META-INF/NOTICE.txt"));
        File.WriteAllBytes(Path.Combine(outputDirectory, "LICENSE.txt"), ReadEntry(jar, "META-INF/LICENSE.txt"));
        return new Summary(words.Count, bigrams.Count);
    }

    /// <summary>
    /// coredict.mem holds a character hash table (row numbers, characters) and, per row, the words'
    /// remaining characters with their frequencies. A null or empty entry is the character alone.
    /// </summary>
    internal static List<(string Word, int Frequency)> ReadWords(byte[] coredict)
    {
        var contents = JavaArrayStream.ReadAll(coredict);
        var rowOfSlot = (short[])contents[0]!;
        var charOfSlot = (char[])contents[1]!;
        var suffixRows = (object?[])contents[2]!;
        var frequencyRows = (object?[])contents[3]!;

        var words = new List<(string, int)>();
        for (var slot = 0; slot < charOfSlot.Length; slot++)
        {
            if (charOfSlot[slot] == 0 || rowOfSlot[slot] < 0 || suffixRows[rowOfSlot[slot]] is not object?[] suffixes)
                continue;
            var frequencies = (int[])frequencyRows[rowOfSlot[slot]]!;
            for (var i = 0; i < suffixes.Length; i++)
                words.Add((charOfSlot[slot] + new string((char[]?)suffixes[i] ?? []), frequencies[i]));
        }
        return words;
    }

    /// <summary>bigramdict.mem holds an open-addressing table: 64-bit pair hashes (0 = empty) and frequencies.</summary>
    internal static List<(long Hash, int Frequency)> ReadBigrams(byte[] bigramdict)
    {
        var contents = JavaArrayStream.ReadAll(bigramdict);
        var hashes = (long[])contents[0]!;
        var frequencies = (int[])contents[1]!;
        return hashes.Select((hash, slot) => (hash, frequencies[slot])).Where(pair => pair.hash != 0).ToList();
    }

    private static byte[] ReadEntry(ZipArchive jar, string name)
    {
        var entry = jar.GetEntry(name) ?? throw new InvalidDataException($"{name} is not in the jar");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
