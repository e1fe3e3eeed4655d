using Search.Corpus.Files;
using Search.Corpus.Pages;

namespace Search.Corpus;

/// <summary>
/// Reads a corpus folder (recursively, in a stable order): newspaper pages (<c>*.txt</c>, <c>*.md</c>)
/// with their optional <c>NAME.meta.json</c> sidecars, and bulk <c>*.jsonl</c> files. Nothing escapes
/// it: a file that may not be opened (<see cref="CorpusFolder.Check"/>), is too large, cannot be
/// read, decoded or parsed — whatever the parser throws — is reported through the warning callback,
/// naming the file, the stage and the reason, and skipped; a bad line of a bulk file or a bad
/// sidecar value skips that line or value alone. The rest is read. Articles are streamed, so a
/// large bulk file is never held in memory whole.
/// </summary>
public sealed class CorpusReader(CorpusFolder folder)
{
    public CorpusReader(string directory, CorpusLimits? limits = null)
        : this(new CorpusFolder(directory, limits))
    {
    }

    public CorpusFolder Folder => folder;

    /// <summary>
    /// Every article of the corpus, file by file in corpus order. Ids are unique, as in the index: an
    /// article whose id an earlier one took is skipped with a warning.
    /// </summary>
    public IEnumerable<Article> Read(Action<CorpusWarning> warn)
    {
        if (!folder.Exists)
        {
            warn(new CorpusWarning(folder.Directory, ReadStage.Open, "the corpus folder does not exist", WholeFile: true));
            yield break;
        }
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in folder.Files())
        {
            foreach (var article in ReadFile(file, warn))
            {
                if (owners.TryAdd(article.Id, file))
                    yield return article;
                else
                    warn(new CorpusWarning(file, ReadStage.Id, $"article {article.Id} skipped: the id is already taken by an article of {owners[article.Id]}"));
            }
        }
    }

    /// <summary>
    /// The articles of one corpus file, <paramref name="file"/> as <see cref="CorpusFolder.Files"/>
    /// names it: what an update by file re-reads.
    /// </summary>
    public IEnumerable<Article> ReadFile(string file, Action<CorpusWarning> warn)
    {
        void Warn(string stage, string reason, bool wholeFile = false, bool transient = false) => warn(new CorpusWarning(file, stage, reason, wholeFile, transient));

        var access = folder.Check(file);
        if (access.Path is not { } path)
        {
            Warn(ReadStage.Open, access.Refusal!, wholeFile: true);
            return [];
        }
        return CorpusFolder.IsBulk(file) ? ReadBulk(path, file, Warn) : ReadPage(path, file, Warn);
    }

    private delegate void Warning(string stage, string reason, bool wholeFile = false, bool transient = false);

    private IReadOnlyList<Article> ReadPage(string path, string file, Warning warn)
    {
        var limit = folder.Limits.MaxPageBytes;
        var stage = ReadStage.Open;
        try
        {
            var size = new FileInfo(path).Length;
            if (size > limit)
            {
                warn(stage, $"skipped: {size:N0} bytes is over the {limit:N0}-byte limit for a page (Search:MaxPageBytes)", wholeFile: true);
                return [];
            }
            if (size == 0)
            {
                // Not a failure: an emptied page has no articles, and the ones it had go.
                warn(stage, "the file is empty");
                return [];
            }
            byte[]? bytes;
            using (var stream = BoundedRead.Open(path))
                bytes = BoundedRead.Bytes(stream, limit);
            if (bytes is null)
            {
                warn(stage, $"skipped: it grew past the {limit:N0}-byte limit for a page (Search:MaxPageBytes) while being read", wholeFile: true);
                return [];
            }

            stage = ReadStage.Decode;
            var decoded = TextDecoder.Decode(bytes);
            if (decoded.Text is null)
            {
                warn(stage, $"skipped: {decoded.Problem}", wholeFile: true);
                return [];
            }

            stage = ReadStage.Parse;
            var articles = PageParser.Parse(decoded.Text, file);
            if (articles.Count == 0)
                warn(stage, "no article found on the page");

            stage = ReadStage.Sidecar;
            return folder.SidecarOf(file) is { } sidecar && ReadSidecar(sidecar, message => warn(stage, message)) is { } json
                ? Sidecar.Apply(articles, json, message => warn(stage, message))
                : articles;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warn(stage, $"skipped: cannot be read ({e.Message})", wholeFile: true, transient: true);
            return [];
        }
        catch (Exception e)
        {
            // A fault of the reader, not of the file's permissions: the page is skipped, named, and the corpus goes on.
            warn(stage, $"skipped: the page could not be read ({e.GetType().Name}: {e.Message})", wholeFile: true);
            return [];
        }
    }

    /// <summary>The sidecar's text, or null after saying why it is ignored.</summary>
    private string? ReadSidecar(string sidecar, Action<string> warn)
    {
        var access = folder.Check(sidecar);
        if (access.Path is not { } path)
        {
            warn($"{sidecar} ignored: {access.Refusal}");
            return null;
        }
        byte[]? bytes;
        try
        {
            using var stream = BoundedRead.Open(path);
            bytes = BoundedRead.Bytes(stream, folder.Limits.MaxSidecarBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warn($"{sidecar} ignored: cannot be read ({e.Message})");
            return null;
        }
        if (bytes is null)
        {
            warn($"{sidecar} ignored: over the {folder.Limits.MaxSidecarBytes:N0}-byte limit for a sidecar");
            return null;
        }
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is null)
            warn($"{sidecar} ignored: {decoded.Problem}");
        return decoded.Text;
    }

    private IEnumerable<Article> ReadBulk(string path, string file, Warning warn)
    {
        var limit = folder.Limits.MaxBulkBytes;
        Stream stream;
        try
        {
            var size = new FileInfo(path).Length;
            if (size > limit)
            {
                warn(ReadStage.Open, $"skipped: {size:N0} bytes is over the {limit:N0}-byte limit for a JSON-lines file (Search:MaxBulkBytes)", wholeFile: true);
                return [];
            }
            stream = BoundedRead.Open(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warn(ReadStage.Open, $"skipped: cannot be read ({e.Message})", wholeFile: true, transient: true);
            return [];
        }
        return ReadLines(stream, file, limit, warn);
    }

    private IEnumerable<Article> ReadLines(Stream opened, string file, long limit, Warning warn)
    {
        using var stream = new LimitedStream(opened, limit);
        var records = JsonLinesReader.Read(Utf8Lines.Read(stream, folder.Limits.MaxLineBytes), file, (stage, reason) => warn(stage, reason));
        // A read that fails midway (an I/O error) ends the file, not the corpus: the lines before it
        // stay read. One that fails before any article (a UTF-16 file, a read error at once) read
        // nothing of the file.
        var articles = 0;
        foreach (var article in Guarded.Each(records, e => warn(ReadStage.Read, $"reading stopped: {e.Message}", wholeFile: articles == 0, transient: e is IOException)))
        {
            articles++;
            yield return article;
        }
        if (stream.Truncated)
            warn(ReadStage.Read, $"reading stopped at the {limit:N0}-byte limit for a JSON-lines file (Search:MaxBulkBytes): the file grew while it was read");
    }
}
