using System.Globalization;

namespace Search.Index;

/// <summary>
/// What an index commit was built from and with, kept in the commit's user data. An index whose
/// format or analysis differs from the running code's is rebuilt rather than misread; the corpus
/// fingerprint says whether it still matches the corpus, and the <see cref="FileNote"/>s what reading
/// it said.
/// </summary>
public sealed record IndexMetadata(int FormatVersion, string Analyzer, string CorpusFingerprint, DateTimeOffset CommittedAt)
{
    /// <summary>The notes of the file versions the commit was made from that gave warnings or no article.</summary>
    public IReadOnlyList<FileNote> Notes { get; init; } = [];

    /// <summary>
    /// Bump when the fields, their analysis or the meaning of a stored value change. Formats 1–5
    /// were the hand-written SQLite index; 6 the first Lucene index (title and body fields); 7
    /// matches on whole-article fields and stores the body as UTF-16; 8 writes stored fields
    /// uncompressed (<see cref="ArticleCodec"/>); 9 holds each article's key figures (<see cref="FigureValues"/>); 10 its text sketch as a binary doc value; 11 the sketch as terms, its size and the wording hash (<see cref="Overlap.TextSketch"/>);
    /// 12 bounds the sketch, names articles of a file in a folder by its path, and keeps the <see cref="Notes"/>;
    /// 13 holds places by code, with the places above them, and a roundup's sections; 14 where it was printed;
    /// 15 key figures read by a report's parts (review, plan), with ranges and estimates; 16 the phrases of adjacent words and the text's length, what terms are counted from.
    /// </summary>
    public const int CurrentFormatVersion = 16;

    private const string FormatKey = "format";
    private const string AnalyzerKey = "analyzer";
    private const string CorpusKey = "corpus";
    private const string CommittedKey = "committed";
    private const string NotesKey = "notes";

    public IDictionary<string, string> ToUserData() => new Dictionary<string, string>
    {
        [FormatKey] = FormatVersion.ToString(CultureInfo.InvariantCulture),
        [AnalyzerKey] = Analyzer,
        [CorpusKey] = CorpusFingerprint,
        [CommittedKey] = CommittedAt.ToString("O", CultureInfo.InvariantCulture),
        [NotesKey] = FileNote.ToJson(Notes),
    };

    /// <summary>The metadata of a commit, or null when its user data is not ours (another program's index).</summary>
    public static IndexMetadata? FromUserData(IDictionary<string, string> data) =>
        data.TryGetValue(FormatKey, out var format) && int.TryParse(format, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
        && data.TryGetValue(AnalyzerKey, out var analyzer) && data.TryGetValue(CorpusKey, out var corpus)
        && data.TryGetValue(CommittedKey, out var committed)
        && DateTimeOffset.TryParse(committed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? new IndexMetadata(version, analyzer, corpus, at) { Notes = FileNote.FromJson(data.TryGetValue(NotesKey, out var notes) ? notes : null) }
            : null;
}
