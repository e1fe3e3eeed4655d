using System.Text;
using Search.Corpus.Files;
using Search.Corpus.Pages;

namespace Search.Corpus;

/// <summary>
/// Reads a corpus folder (recursively, in a stable order): newspaper pages (<c>*.txt</c>, <c>*.md</c>)
/// with their optional <c>NAME.meta.json</c> sidecars, and bulk <c>*.jsonl</c> files. A file that cannot
/// be read, decoded or parsed is reported through the warning callback and skipped; the rest is read.
/// Articles are streamed, so a large bulk file is never held in memory whole.
/// </summary>
public sealed class CorpusReader(CorpusReaderOptions? options = null)
{
    private readonly CorpusReaderOptions _options = options ?? new CorpusReaderOptions();

    public IEnumerable<Article> Read(string directory, Action<CorpusWarning> warn)
    {
        if (!Directory.Exists(directory))
        {
            warn(new CorpusWarning(directory, "the corpus folder does not exist"));
            return [];
        }
        return CorpusFiles.List(directory).SelectMany(file => ReadFile(directory, file, warn));
    }

    /// <summary>
    /// The articles of one corpus file, <paramref name="file"/> relative to <paramref name="directory"/>
    /// as <see cref="CorpusFiles.List"/> names it: what an update by file re-reads.
    /// </summary>
    public IEnumerable<Article> ReadFile(string directory, string file, Action<CorpusWarning> warn)
    {
        void Warn(string reason) => warn(new CorpusWarning(file, reason));
        var path = Path.Combine(directory, file);
        return CorpusFiles.IsBulk(file) ? ReadBulk(path, file, Warn) : ReadPage(path, file, Warn);
    }

    private IReadOnlyList<Article> ReadPage(string path, string source, Action<string> warn)
    {
        try
        {
            var size = new FileInfo(path).Length;
            if (size > _options.MaxPageBytes)
            {
                warn($"skipped: {size:N0} bytes is over the {_options.MaxPageBytes:N0}-byte limit for a page (Search:MaxPageBytes)");
                return [];
            }

            var bytes = ReadAtMost(path, _options.MaxPageBytes);
            if (bytes is null)
            {
                warn($"skipped: it grew past the {_options.MaxPageBytes:N0}-byte limit for a page (Search:MaxPageBytes) while being read");
                return [];
            }

            var decoded = TextDecoder.Decode(bytes);
            if (decoded.Text is null)
            {
                warn($"skipped: {decoded.Problem}");
                return [];
            }

            var articles = PageParser.Parse(decoded.Text, Path.GetFileName(source));
            if (articles.Count == 0)
                warn("no article found on the page");
            var sidecar = Sidecar.Of(path);
            return sidecar is null ? articles : Sidecar.Apply(articles, File.ReadAllText(sidecar), warn);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warn($"skipped: cannot be read ({e.Message})");
            return [];
        }
    }

    /// <summary>
    /// The file's bytes, or null when there are more than <paramref name="limit"/>. The length checked
    /// before is what the file said then; a file still being written, or a device, may yield more.
    /// </summary>
    private static byte[]? ReadAtMost(string path, long limit)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
        using var bytes = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = file.Read(buffer)) > 0)
        {
            if (bytes.Length + read > limit)
                return null;
            bytes.Write(buffer, 0, read);
        }
        return bytes.ToArray();
    }

    private IEnumerable<Article> ReadBulk(string path, string source, Action<string> warn) =>
        JsonLinesReader.Read(LinesOf(path, warn), Path.GetFileName(source), _options.MaxRecordBytes, warn);

    /// <summary>The file's lines; a read failure midway is reported and ends the file, not the corpus.</summary>
    private static IEnumerable<string> LinesOf(string path, Action<string> warn)
    {
        StreamReader reader;
        try
        {
            reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warn($"skipped: cannot be read ({e.Message})");
            yield break;
        }

        using (reader)
        {
            while (true)
            {
                string? line;
                try
                {
                    line = reader.ReadLine();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
                {
                    warn($"reading stopped: {e.Message}");
                    yield break;
                }
                if (line is null)
                    yield break;
                yield return line;
            }
        }
    }
}
