using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Analysis;
using Search.Index;
using Search.Places;

namespace Search.Engine.Related;

/// <summary>An article like another, with the words that make it so.</summary>
public sealed record RelatedArticle(string Id, string Title, IReadOnlyList<Place> Places, int? Year, double Score, IReadOnlyList<string> SharedWords);

/// <summary>
/// The articles most like one article, by Lucene's <see cref="MoreLikeThis"/> over the whole
/// article's words: its most distinctive words (frequent in it, rare in the corpus, two characters
/// or more, not numbers) as one disjunction, BM25 scoring the others. Words in more than half the
/// articles — 政府工作报告, 发展, 区市两会 — say nothing about a subject and are left out. The
/// article itself and its other printings (<see cref="Index.Overlap.ArticleCopies"/>: the same
/// report on two pages) are not listed, and a relative printed twice is listed once.
/// </summary>
public static class RelatedArticles
{
    public const int DefaultSize = 5;

    public const int MaxSize = 20;

    /// <summary>Distinctive words taken from the article: enough to say its subjects, few enough to stay fast.</summary>
    private const int InterestingWords = 30;

    /// <summary>Of the distinctive words, how many are shown as shared.</summary>
    private const int SharedShown = 8;

    private static readonly string WordField = ArticleFields.Name(ArticlePart.All, Representation.Words);

    /// <summary>
    /// How much of the article is read for its distinctive words. <see cref="MoreLikeThis"/> weighs
    /// the first <see cref="MoreLikeThis.DEFAULT_MAX_NUM_TOKENS_PARSED"/> (5,000) words only, which
    /// Chinese text reaches within about 12,000 characters; but the analysis reads a text whole
    /// before the first word comes out, so an article of megabytes would be analysed whole on every
    /// request for the few thousand words used.
    /// </summary>
    public const int MaxTextRead = 32 * 1024;

    /// <summary>Up to <paramref name="size"/> articles like the one at <paramref name="doc"/>, most alike first.</summary>
    /// <param name="article">The article at <paramref name="doc"/>, already read.</param>
    public static IReadOnlyList<RelatedArticle> Of(ArticleIndex index, WordAnalyzer analyzer, int doc, Corpus.Article article, int size)
    {
        var text = IndexedText.Title(article) + "\n" + IndexedText.Body(article);
        var words = Distinctive(index, analyzer, text.Length <= MaxTextRead ? text : text[..MaxTextRead]);
        if (words.Count == 0)
            return [];

        var query = new BooleanQuery(disableCoord: true);
        foreach (var (word, weight) in words)
            query.Add(new TermQuery(new Term(WordField, word)) { Boost = weight }, Occur.SHOULD);
        var itself = index.Copies.Of(doc).Append(doc).ToHashSet();
        var related = new List<(Corpus.Article Article, int Doc, float Score)>();
        foreach (var hit in index.Search(query, size + itself.Count + Math.Min(size, 10)).ScoreDocs)
        {
            // Not the article or its other printings, and each relative by its first printing only.
            if (itself.Contains(hit.Doc) || index.Copies.IsRepeat(hit.Doc))
                continue;
            related.Add((index.Article(hit.Doc), hit.Doc, hit.Score));
            if (related.Count == size)
                break;
        }
        var shared = Holding(index.IndexReader, [.. words.Select(word => word.Word)], [.. related.Select(other => other.Doc)]);
        return [.. related.Select(other => new RelatedArticle(other.Article.Id, other.Article.Title, other.Article.Places, other.Article.Year,
            Math.Round(other.Score, 4), [.. shared[other.Doc].Take(SharedShown)]))];
    }

    /// <summary>
    /// For each of <paramref name="docs"/>, which of <paramref name="words"/> (in their order) it
    /// holds, read from the word field's postings: what the query matched, without analysing the
    /// articles again.
    /// </summary>
    private static Dictionary<int, List<string>> Holding(IndexReader reader, IReadOnlyList<string> words, IReadOnlyList<int> docs)
    {
        var holding = docs.ToDictionary(doc => doc, _ => new List<string>());
        var ascending = docs.Order().ToList();
        foreach (var word in words)
        {
            var postings = MultiFields.GetTermDocsEnum(reader, MultiFields.GetLiveDocs(reader), WordField, new BytesRef(word));
            if (postings is null)
                continue;
            foreach (var doc in ascending)
            {
                var at = postings.DocID >= doc ? postings.DocID : postings.Advance(doc);
                if (at == DocIdSetIterator.NO_MORE_DOCS)
                    break;
                if (at == doc)
                    holding[doc].Add(word);
            }
        }
        return holding;
    }

    /// <summary>
    /// The article's distinctive words with their weight (tf × idf, as <see cref="MoreLikeThis"/>
    /// scores them, relative to the best), most distinctive first.
    /// </summary>
    private static List<(string Word, float Weight)> Distinctive(ArticleIndex index, WordAnalyzer analyzer, string text)
    {
        var likeThis = new MoreLikeThis(index.IndexReader)
        {
            Analyzer = analyzer,
            FieldNames = [WordField],
            MinTermFreq = 2,
            MinDocFreq = 1,
            MinWordLen = 2,
            MaxQueryTerms = InterestingWords * 2,
        };
        likeThis.SetMaxDocFreqPct(50);
        var queue = likeThis.RetrieveTerms(new StringReader(text), WordField);
        var scored = new List<(string Word, float Score)>();
        while (queue.Count > 0 && queue.Pop() is { } term)
            scored.Add((term.Word, term.Score));
        var kept = scored.OrderByDescending(term => term.Score).Where(term => term.Word.Any(char.IsLetter) && !term.Word.Any(char.IsAsciiDigit)).Take(InterestingWords).ToList();
        var best = kept.Count > 0 ? kept.Max(term => term.Score) : 1;
        return [.. kept.Select(term => (term.Word, term.Score / best))];
    }
}
