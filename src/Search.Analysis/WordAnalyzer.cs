using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;
using Search.Analysis.Filters;
using Search.Analysis.Folding;
using Search.Analysis.Recall;

namespace Search.Analysis;

/// <summary>
/// The index's word representation: Lucene.Net's SmartCn (<see cref="HMMChineseTokenizer"/>, Porter
/// stemming and punctuation stop words, exactly as <see cref="SmartChineseAnalyzer"/> chains them),
/// then, each switchable so its effect can be measured, user-dictionary words merged
/// (<see cref="UserWordFilter"/>) and numbers added as typed (<see cref="NumbersAsTypedFilter"/>);
/// tokens cut to <see cref="MaxTokenLength"/> and faults said as <see cref="AnalysisException"/>
/// (<see cref="AnalysisGuard"/>);
/// traditional characters simplified before SmartCn reads them (<see cref="SimplifyingCharFilter"/>)
/// when <paramref name="foldTraditional"/>. It also carries the <see cref="Folding"/> and the
/// <see cref="Recall"/> chains of the same setting, so that one object says how the index analyses.
/// Thread-safe, as every Lucene analyzer: each thread reuses components of its own.
/// </summary>
public sealed class WordAnalyzer(UserDictionary? userDictionary, bool numbersAsTyped, bool foldTraditional = true) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// A token longer than this is cut to it, in the index and the query alike. SmartCn keeps a run of
    /// Latin letters or digits as one token, and numbers as typed join a digit run whole: a page with
    /// a 40,000-digit line would otherwise hand Lucene a term over its 32,766-byte limit, and Lucene
    /// would refuse the document. No word is this long (Lucene's own analyzers stop at 255).
    /// </summary>
    public const int MaxTokenLength = 255;

    /// <summary>SmartCn with the project's user dictionary and numbers as typed: what the index uses.</summary>
    public static WordAnalyzer Default { get; } = new(UserDictionary.Default, numbersAsTyped: true);

    /// <summary>As <see cref="Default"/>, but traditional characters stay as they are (<c>Search:FoldTraditional=false</c>).</summary>
    public static WordAnalyzer WithoutTraditionalFolding { get; } = new(UserDictionary.Default, numbersAsTyped: true, foldTraditional: false);

    /// <summary>SmartCn alone, token for token <see cref="SmartChineseAnalyzer"/>.</summary>
    public static WordAnalyzer SmartCnOnly { get; } = new(null, numbersAsTyped: false, foldTraditional: false);

    /// <summary>
    /// Loads what every analyzer of this kind shares and otherwise loads on the first text it reads —
    /// SmartCn's dictionaries, the sentence breaker's rules: about a third of a second, once a process —
    /// on a worker thread, once however often asked. A process that will analyse text starts it first
    /// thing, so that the load runs beside the rest of its start-up and not in its first search.
    /// </summary>
    public static Task WarmUp() => Warming.Value;

    private static readonly Lazy<Task> Warming = new(() => Task.Run(() => Default.Tokenize("青岛")));

    /// <summary>The index's analysis with traditional folding on or off.</summary>
    public static WordAnalyzer For(bool foldTraditional) => foldTraditional ? Default : WithoutTraditionalFolding;

    public UserDictionary? UserDictionary => userDictionary;

    public bool NumbersAsTyped => numbersAsTyped;

    public CharacterFolding Folding { get; } = CharacterFolding.Of(foldTraditional);

    /// <summary>The recall chains folding as this analyzer does.</summary>
    public RecallAnalyzers Recall => RecallAnalyzers.Of(Folding);

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        Folding.FoldsTraditional ? new SimplifyingCharFilter(reader) : reader;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = numbersAsTyped ? new SourceText() : null;
        var tokenizer = new HMMChineseTokenizer(source?.Capture(reader) ?? reader);
        TokenStream stream = new PorterStemFilter(tokenizer);
        stream = new StopFilter(Version, stream, SmartChineseAnalyzer.DefaultStopSet);
        if (userDictionary is not null)
            stream = new UserWordFilter(stream, userDictionary);
        if (source is not null)
            stream = new NumbersAsTypedFilter(stream, source);
        stream = new AnalysisGuard(new TruncateTokenFilter(stream, MaxTokenLength));
        return source is null ? new TokenStreamComponents(tokenizer, stream) : new CapturingComponents(tokenizer, stream, source);
    }

    /// <summary>Components that hand each new text to the <see cref="SourceText"/> its filter reads.</summary>
    private sealed class CapturingComponents(Tokenizer tokenizer, TokenStream stream, SourceText source) : TokenStreamComponents(tokenizer, stream)
    {
        protected override void SetReader(TextReader reader) => base.SetReader(source.Capture(reader));
    }
}
