using System.Text.Json;
using Search.Corpus;

namespace Search.Index;

/// <summary>
/// What reading one version of a corpus file said, kept in the commit beside its articles: the
/// warnings it gave (a bad line, a value ignored, an article skipped, or the whole file refused)
/// and how many articles came of it. Every file version that gave a warning or no article has one,
/// so an update knows it was read and reads it again only when it changes, a restarted host or the
/// command line can list the corpus's problems without reading the corpus, and a file whose new
/// version failed as a whole is known to still be served as it was before.
/// </summary>
/// <param name="Hash">The content hash of the version read (<see cref="CorpusFolder.Hash"/>).</param>
/// <param name="Articles">How many of its articles were indexed.</param>
/// <param name="Warnings">The first <see cref="MaxWarnings"/> warnings.</param>
/// <param name="MoreWarnings">How many more there were.</param>
public sealed record FileNote(string File, string Hash, int Articles, IReadOnlyList<CorpusWarning> Warnings, int MoreWarnings)
{
    /// <summary>Warnings kept per file: enough to see what is wrong, few enough that a file of bad lines does not swell every commit.</summary>
    public const int MaxWarnings = 20;

    /// <summary>Nothing of this version was read: it was refused, or could not be read or parsed at all.</summary>
    public bool Failed { get; init; }

    /// <summary>A cause may pass by itself (an I/O error, a deadline missed on a busy machine): the file is read again at the next start.</summary>
    public bool Transient { get; init; }

    /// <summary>The files holding article ids this version claimed too and lost (the first in corpus order keeps an id): when one of them changes or goes, this file is read again.</summary>
    /// <remarks>Notes written before this was kept have none; read back, that is none lost, never null.</remarks>
    public IReadOnlyList<string> LostTo { get; init => field = value ?? []; } = [];

    public static string ToJson(IEnumerable<FileNote> notes) => JsonSerializer.Serialize(notes.OrderBy(note => note.File, StringComparer.Ordinal).ToList(), FileNoteJson.Default.ListFileNote);

    /// <summary>The notes of a commit; none when it has none or they cannot be read (an update then reads those files again).</summary>
    public static IReadOnlyList<FileNote> FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
            return [];
        try
        {
            return JsonSerializer.Deserialize(json, FileNoteJson.Default.ListFileNote) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
