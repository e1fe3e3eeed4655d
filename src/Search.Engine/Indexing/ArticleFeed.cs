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
/// analysis failed or ran out of time back (<see cref="AnalysisFailed"/>). Each article is numbered
/// in arrival order after <paramref name="lastOrder"/> and tagged with its file and the file's hash.
/// What reading each file said is kept as its <see cref="FileNote"/>.
/// </summary>
/// <param name="replace">
/// Called just before a file's articles are added (or, when it yields none, once it has been read):
/// the writer deletes what the index held of the file. Not called for a file that failed as a whole,
/// whose earlier articles, if any, stay.
/// </param>
/// <param name="heldBy">
/// Which file of the index holds an article id (files being removed aside); null for none. Ids are
/// unique: when two articles claim one, the file first in corpus order keeps it, in an update as in
/// a full build, so that which article a link shows never depends on history.
/// </param>
/// <param name="release">Called when an article takes an id from a file of the index later in corpus order: the writer deletes that file's article with the id.</param>
/// <param name="hashOf">The current hash of a corpus file, for one read again because it lost an id.</param>
internal sealed class ArticleFeed(
    CorpusReader reader,
    IEnumerable<KeyValuePair<string, string>> files,
    long lastOrder,
    Action<string> replace,
    Func<string, string?>? heldBy = null,
    Action<string>? release = null,
    Func<string, string?>? hashOf = null)
{
    private readonly Dictionary<string, string> _idOwners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileState> _read = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _pending = new(files.ToDictionary(), StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _lostTo = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>What reading one file has said so far. Changed under the feed's lock: the writer's threads report analysis failures while the feed reads on.</summary>
    private sealed class FileState(string file, string hash, IEnumerable<string> lostTo)
    {
        private readonly List<CorpusWarning> _warnings = [];
        private int _moreWarnings;
        private bool _transient;

        public string Hash => hash;

        public int Articles { get; set; }

        /// <summary>Nothing of the file could be read.</summary>
        public bool Failed { get; private set; }

        /// <summary>The index's articles of the file were deleted for its new ones.</summary>
        public bool Replaced { get; set; }

        public HashSet<string> LostTo { get; } = new(lostTo, StringComparer.Ordinal);

        /// <summary>Kept up to <see cref="FileNote.MaxWarnings"/> and counted beyond: a file of a million bad lines costs no more memory than one of twenty.</summary>
        public void Add(CorpusWarning warning)
        {
            Failed |= warning.WholeFile;
            _transient |= warning.Transient;
            if (_warnings.Count < FileNote.MaxWarnings)
                _warnings.Add(warning);
            else
                _moreWarnings++;
        }

        /// <summary>The warnings, and a last one counting those not kept.</summary>
        public IEnumerable<CorpusWarning> Warnings => _moreWarnings == 0 ? _warnings
            : _warnings.Append(new CorpusWarning(file, _warnings[^1].Stage, $"and {_moreWarnings:N0} more warnings"));

        public FileNote? Note() => _warnings.Count == 0 && Articles > 0 ? null
            : new FileNote(file, hash, Articles, [.. _warnings], _moreWarnings) { Failed = Failed, Transient = _transient, LostTo = [.. LostTo.Order(StringComparer.Ordinal)] };
    }

    /// <summary>Articles handed to the writer and not reported failed.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Characters of article text handed to the writer: what its analysis allocated is in proportion.</summary>
    public long Characters { get; private set; }

    /// <summary>The files read.</summary>
    public IReadOnlyCollection<string> Files => _read.Keys;

    /// <summary>Every warning, in corpus order; past the first <see cref="FileNote.MaxWarnings"/> of a file, one counting the rest.</summary>
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
            return [.. _read.Values.Select(state => state.Note()).OfType<FileNote>()];
    }

    /// <summary>The writer could not analyse an article (Lucene has dropped it): it is skipped, and its file's note says so.</summary>
    public void AnalysisFailed(FeedItem item, AnalysisException failure)
    {
        lock (_read)
        {
            var state = _read[item.File];
            state.Articles--;
            state.Add(new CorpusWarning(item.File, ReadStage.Analysis, $"article {item.Id} skipped: {failure.Message}",
                Transient: failure is AnalysisTimeoutException));
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
            var state = new FileState(file, hash, _lostTo.GetValueOrDefault(file) ?? []);
            lock (_read)
                _read[file] = state;
            foreach (var article in Articles(file, state))
            {
                if (Prepare(article, file, hash, ++order, state) is not { } document || !Claim(article.Id, file, state))
                    continue;
                if (!state.Replaced)
                {
                    replace(file);
                    state.Replaced = true;
                }
                lock (_read)
                    state.Articles++;
                Interlocked.Increment(ref _count);
                Characters += article.Title.Length + article.Body.Length;
                yield return new FeedItem(file, article.Id, document);
            }
            if (!state.Replaced && !state.Failed)
            {
                replace(file);
                state.Replaced = true;
            }
        }
    }

    /// <summary>The file's articles: a page's once it is read and parsed whole, a bulk file's line by line.</summary>
    private IEnumerable<Article> Articles(string file, FileState state) => reader.ReadFile(file, warning =>
    {
        lock (_read)
            state.Add(warning);
    });

    /// <summary>
    /// Whether the article may have its id: not taken by an article before it in corpus order — in
    /// this feed, or in a file of the index that stays as it is (or failed, and keeps its earlier
    /// articles). A file of the index later in order that holds the id loses it at once, and is
    /// read again after this one, so that its note says so.
    /// </summary>
    private bool Claim(string id, string file, FileState state)
    {
        if (_idOwners.TryGetValue(id, out var claimant))
            return Refuse(claimant);
        if (heldBy?.Invoke(id) is { } holder && holder != file)
        {
            if (_read.TryGetValue(holder, out var read))
            {
                // Read before this file: its new articles are in _idOwners; its old ones are gone, unless it failed.
                if (!read.Replaced)
                    return Refuse(holder);
            }
            else if (!_pending.ContainsKey(holder) && string.CompareOrdinal(holder, file) < 0)
            {
                return Refuse(holder);
            }
            else
            {
                release?.Invoke(id);
                (_lostTo.TryGetValue(holder, out var owners) ? owners : _lostTo[holder] = new(StringComparer.Ordinal)).Add(file);
                if (!_pending.ContainsKey(holder) && hashOf?.Invoke(holder) is { } hash)
                    _pending[holder] = hash;
            }
        }
        _idOwners[id] = file;
        return true;

        bool Refuse(string owner)
        {
            var by = owner == file ? "an earlier article of this file" : $"an article of {owner}";
            lock (_read)
            {
                state.Add(new CorpusWarning(file, ReadStage.Id, $"article {id} skipped: the id is already taken by {by}"));
                if (owner != file)
                    state.LostTo.Add(owner);
            }
            return false;
        }
    }

    /// <summary>The article's figures, sketch and document, each stage under the guard; null after a warning when one fails.</summary>
    private Document? Prepare(Article article, string file, string hash, long order, FileState state)
    {
        var stage = ReadStage.Figures;
        try
        {
            var figures = FigureExtractor.Extract(article);
            stage = ReadStage.Sketch;
            var sketch = TextSketch.Of(IndexedText.Body(article));
            stage = ReadStage.Document;
            return ArticleDocument.Create(article, figures, sketch, file, hash, order);
        }
        catch (Exception e)
        {
            lock (_read)
                state.Add(new CorpusWarning(file, stage, $"article {article.Id} skipped: {e.GetType().Name}: {e.Message}"));
            return null;
        }
    }
}
