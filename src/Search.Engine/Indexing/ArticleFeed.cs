using Lucene.Net.Documents;
using Search.Corpus;
using Search.Index;

namespace Search.Engine.Indexing;

/// <summary>
/// Corpus files turned into the documents a writer adds, in corpus order: each article numbered in
/// arrival order after <paramref name="lastOrder"/>, tagged with its file and the file's hash. An
/// article whose id was seen before — in this feed, or in a file of the index that the feed does
/// not replace (<paramref name="idTakenElsewhere"/>) — is skipped with a warning. Files that yield
/// no article are remembered, so an update need not read them again until they change.
/// </summary>
internal sealed class ArticleFeed(
    string corpusDirectory,
    IReadOnlyCollection<KeyValuePair<string, string>> files,
    long lastOrder,
    Action<CorpusWarning> warn,
    Func<string, string, bool>? idTakenElsewhere = null)
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    /// <summary>Files (with their hash) that were read and yielded nothing.</summary>
    public List<KeyValuePair<string, string>> Empty { get; } = [];

    public IEnumerable<Document> Documents()
    {
        var reader = new CorpusReader();
        var order = lastOrder;
        foreach (var (file, hash) in files)
        {
            var yielded = 0;
            foreach (var article in reader.ReadFile(corpusDirectory, file, warn))
            {
                if (!_ids.Add(article.Id) || idTakenElsewhere?.Invoke(article.Id, file) == true)
                {
                    warn(new CorpusWarning(file, $"article id {article.Id} appears twice; the later one is skipped"));
                    continue;
                }
                yielded++;
                Count++;
                yield return ArticleDocument.Create(article, file, hash, ++order);
            }
            if (yielded == 0)
                Empty.Add(KeyValuePair.Create(file, hash));
        }
    }
}
