using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Analysis.Cn.Smart;
using Search.Analysis;
using Search.Hanzi;

namespace Search.Engine.Indexing;

/// <summary>
/// Names the analysis an index was built with. An index file with another signature was built by
/// other code or another user dictionary, and is rebuilt rather than misread.
/// </summary>
public static class AnalyzerSignature
{
    /// <summary>Bump when the analysis changes in a way the dictionary hash does not show.</summary>
    private const int Version = 2;

    /// <summary>
    /// The version of the SmartCn package the analysis runs on, as the package states it: another
    /// version may segment differently, so upgrading it rebuilds the index.
    /// </summary>
    public static string SmartCnVersion { get; } =
        typeof(SmartChineseAnalyzer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split(' ', '+')[0]
        ?? typeof(SmartChineseAnalyzer).Assembly.GetName().Version?.ToString() ?? "unknown";

    public static string Of(WordAnalyzer analyzer)
    {
        var words = analyzer.UserDictionary is { } dictionary
            ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', dictionary.Words.Order(StringComparer.Ordinal)))))[..12]
            : "none";
        return $"v{Version};smartcn=lucene.net-{SmartCnVersion};userdict={words};numbers={(analyzer.NumbersAsTyped ? "on" : "off")};traditional={(analyzer.Folding.FoldsTraditional ? "opencc-" + TraditionalChinese.Fingerprint : "kept")};maxtoken={WordAnalyzer.MaxTokenLength};recall=chars+bigrams";
    }
}
