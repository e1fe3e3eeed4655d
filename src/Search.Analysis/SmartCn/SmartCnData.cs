using System.Diagnostics;
using System.Text;
using Search.Analysis.SmartCn.Dictionaries;

namespace Search.Analysis.SmartCn;

/// <summary>
/// The dictionaries SmartCn segments with, loaded once from the files embedded in this assembly
/// (converted from Lucene's jar; see NOTICE.txt beside them) and immutable, so shared by all threads.
/// </summary>
public sealed class SmartCnData
{
    /// <summary>Graph text of a Latin letter run or a single OTHER unit.</summary>
    internal const string StringPlaceholder = "未##串";
    /// <summary>Graph text of a digit run.</summary>
    internal const string NumberPlaceholder = "未##数";
    internal const string SentenceBegin = "始##始";
    internal const string SentenceEnd = "末##末";

    private static readonly Lazy<SmartCnData> Embedded = new(LoadEmbedded);

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopWordLookup;

    private SmartCnData(WordDictionary words, BigramDictionary bigrams, HashSet<string> stopWords, TimeSpan loadTime)
    {
        Words = words;
        Bigrams = bigrams;
        StopWords = stopWords;
        _stopWordLookup = stopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        LoadTime = loadTime;
        StringFrequency = words.Frequency(StringPlaceholder);
        NumberFrequency = words.Frequency(NumberPlaceholder);
        BeginFrequency = words.Frequency(SentenceBegin);
        EndFrequency = words.Frequency(SentenceEnd);
    }

    /// <summary>The dictionaries shipped with the analyzer, loaded on first use.</summary>
    public static SmartCnData Default => Embedded.Value;

    public WordDictionary Words { get; }
    public BigramDictionary Bigrams { get; }

    /// <summary>Lucene's SmartCn stop list: in effect the punctuation tokens, which all become ",".</summary>
    public IReadOnlySet<string> StopWords { get; }

    /// <summary>How long reading the embedded files took.</summary>
    public TimeSpan LoadTime { get; }

    internal bool IsStopWord(ReadOnlySpan<char> term) => _stopWordLookup.Contains(term);

    internal int StringFrequency { get; }
    internal int NumberFrequency { get; }
    internal int BeginFrequency { get; }
    internal int EndFrequency { get; }

    private static SmartCnData LoadEmbedded()
    {
        var started = Stopwatch.GetTimestamp();
        var assembly = typeof(SmartCnData).Assembly;
        Stream Open(string name) => assembly.GetManifestResourceStream("smartcn/" + name)
            ?? throw new InvalidOperationException($"embedded resource smartcn/{name} is missing");

        var words = WordDictionary.Read(Open("words.bin"));
        var bigrams = BigramDictionary.Read(Open("bigrams.bin"));
        using var stopReader = new StreamReader(Open("stopwords.txt"), Encoding.UTF8);
        var stopWords = ParseStopWords(stopReader.ReadToEnd());
        return new SmartCnData(words, bigrams, stopWords, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>
    /// As Lucene reads the list: lines starting with <c>//</c> are comments; every other line is
    /// trimmed of units ≤ U+0020 (Java's <c>trim</c>, so U+3000 stays) and kept, blank ones included.
    /// </summary>
    internal static HashSet<string> ParseStopWords(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length > 0 && lines[^1].Length == 0)
            lines = lines[..^1];
        return lines
            .Where(line => !line.StartsWith("//", StringComparison.Ordinal))
            .Select(line => line.Trim(JavaWhitespace))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static readonly char[] JavaWhitespace = Enumerable.Range(0, 0x21).Select(c => (char)c).ToArray();
}
