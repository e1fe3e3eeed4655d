using Lucene.Net.Documents;
using Search.Analysis.Filters;
using Search.Corpus;
using Search.Corpus.Figures;
using Search.Index;
using Search.Index.Overlap;

namespace Search.Engine.Indexing;

/// <summary>One article's document on its way to the writer, with the file it came from.</summary>
internal sealed record FeedItem(string File, string Id, Document Document);

/// <summary>
/// Corpus files turned into the documents a writer adds, in corpus order, each file on its own:
/// reading, parsing, key figures and sketch run under a guard, so that whatever one of them throws
/// costs that file — or that article, or that bulk line — alone, with a warning naming the file,
/// the stage and the reason. These stages are pure and linear in the text (measured in
/// <c>bench/</c>), so a file within the size limits takes a bounded time; the one that takes
/// longest, analysis, runs in the writer under a deadline, and the writer reports an article whose
/// analysis failed or ran out of time back (<see cref="AnalysisFailed"/>). Each
/// article is numbered in arrival order after <paramref name="lastOrder"/> and tagged with its file
/// and the file's hash. What reading each file said is kept as its <see cref="FileNote"/>.
/// </summary>
/// <param name="replace">
/// Called just before a file's articles are added (or, when it yields none, once it has been read):
/// the writer deletes what the index held of the file. Not called for a file that failed as a whole,
/// whose earlier version, if any, is kept.
/// </param>
/// <param name="heldBy">
/// Which file of the index holds an article id (files being removed aside); null for none. Ids are
/// unique: when two articles claim one, the file first in corpus order keeps it, in an update as in
/// a full build, so that which article a link shows never depends on history.
/// </param>
/// <param name="hashOf">The current hash of a corpus file, for one that must be read again because it lost an id.</param>
internal sealed class ArticleFeed(
    CorpusReader reader,
    IEnumerable<KeyValuePair<string, string>> files,
    long lastOrder,
    Action<string> replace,
    Func<string, string?>? heldBy = null,
    Func<string, string?>? hashOf = null)
{
    /// <summary>The stage an id collision is reported under.</summary>
    public const string IdStage = "id";

    private readonly Dictionary<string, string> _idOwners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileState> _read = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _pending = new(files.ToDictionary(), StringComparer.Ordinal);

    /// <summary>Files read again because an earlier file took an id they held: their old articles go even if they now fail.</summary>
    private readonly HashSet<string> _losers = new(StringComparer.Ordinal);
    private int _count;

    private sealed class FileState(string hash)
    {
        public string Hash { get; } = hash;
        public int Articles;
        public List<CorpusWarning> Warnings { get; } = [];
        public HashSet<string> LostTo { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>Articles handed to the writer and not reported failed.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Characters of article text handed to the writer: what its analysis allocated is in proportion.</summary>
    public long Characters { get; private set; }

    /// <summary>The files read, in corpus order.</summary>
    public IEnumerable<string> Files => _read.Keys.Order(StringComparer.Ordinal);

    /// <summary>Every warning so far, in corpus order.</summary>
    public IReadOnlyList<CorpusWarning> Warnings
    {
        get
        {
            lock (_read)
                return [.. _read.OrderBy(file => file.Key, StringComparer.Ordinal).SelectMany(file => file.Value.Warnings)];
        }
    }

    /// <summary>The notes of the files read (those with warnings or no article), once the writer is done.</summary>
    public IReadOnlyList<FileNote> Notes()
    {
        lock (_read)
            return [.. _read.Select(file => FileNote.Of(file.Key, file.Value.Hash, file.Value.Articles, file.Value.Warnings, file.Value.LostTo)).OfType<FileNote>()];
    }

    /// <summary>Whether a file was read and failed as a whole (its earlier version is kept).</summary>
    public bool Failed(string file) => _read.TryGetValue(file, out var state) && state.Warnings.Any(warning => warning.WholeFile);

    /// <summary>The writer could not analyse an article (Lucene has dropped it): it is skipped, and its file's note says so.</summary>
    public void AnalysisFailed(FeedItem item, AnalysisException failure)
    {
        lock (_read)
        {
            var state = _read[item.File];
            state.Articles--;
            state.Warnings.Add(new CorpusWarning(item.File, "analysis", $"article {item.Id} skipped: {failure.Message}"));
        }
        Interlocked.Decrement(ref _count);
    }

    public IEnumerable<FeedItem> Documents()
    {
        var order = lastOrder;
        while (_pending.Count > 0)
        {
            var (file, hash) = _pending.First();
            _pending.Remove(file);
            var state = new FileState(hash);
            lock (_read)
                _read[file] = state;
            var replaced = false;
            foreach (var article in Articles(file, state))
            {
                if (Claim(article.Id, file, state) && Prepare(article, file, hash, ++order, state) is { } document)
                {
                    if (!replaced)
                    {
                        replace(file);
                        replaced = true;
                    }
                    lock (_read)
                        state.Articles++;
                    Interlocked.Increment(ref _count);
                    Characters += article.Title.Length + article.Body.Length;
                    yield return new FeedItem(file, article.Id, document);
                }
            }
            if (!replaced && (_losers.Contains(file) || !state.Warnings.Any(warning => warning.WholeFile)))
                replace(file);
        }
    }

    /// <summary>The file's articles: a page's once it is read and parsed whole, a bulk file's line by line.</summary>
    private IEnumerable<Article> Articles(string file, FileState state) => reader.ReadFile(file, warning =>
    {
        lock (_read)
            state.Warnings.Add(warning);
    });

    /// <summary>
    /// Whether the article may have its id: not taken by an article before it in corpus order — in
    /// this feed, or in a file of the index that stays as it is (or failed and keeps its earlier
    /// version). A file of the index later in order that holds the id loses it: it is read again
    /// after this one.
    /// </summary>
    private bool Claim(string id, string file, FileState state)
    {
        if (_idOwners.TryGetValue(id, out var claimant))
            return Refuse(claimant);
        if (heldBy?.Invoke(id) is { } holder && holder != file)
        {
            if (_read.TryGetValue(holder, out var read))
            {
                if (read.Warnings.Any(warning => warning.WholeFile))
                    return Refuse(holder);
            }
            else if (!_pending.ContainsKey(holder))
            {
                if (string.CompareOrdinal(holder, file) < 0 || hashOf?.Invoke(holder) is not { } hash)
                    return Refuse(holder);
                _pending[holder] = hash;
                _losers.Add(holder);
            }
        }
        _idOwners[id] = file;
        return true;

        bool Refuse(string owner)
        {
            var by = owner == file ? "an earlier article of this file" : $"an article of {owner}";
            lock (_read)
            {
                state.Warnings.Add(new CorpusWarning(file, IdStage, $"article {id} skipped: the id is already taken by {by}"));
                if (owner != file)
                    state.LostTo.Add(owner);
            }
            return false;
        }
    }

    /// <summary>The article's figures, sketch and document, each stage under the guard; null after a warning when one fails.</summary>
    private Document? Prepare(Article article, string file, string hash, long order, FileState state)
    {
        var stage = "figures";
        try
        {
            var figures = FigureExtractor.Extract(article);
            stage = "sketch";
            var sketch = TextSketch.Of(IndexedText.Body(article));
            stage = "document";
            return ArticleDocument.Create(article, figures, sketch, file, hash, order);
        }
        catch (Exception e)
        {
            lock (_read)
                state.Warnings.Add(new CorpusWarning(file, stage, $"article {article.Id} skipped: {e.GetType().Name}: {e.Message}"));
            return null;
        }
    }
}
