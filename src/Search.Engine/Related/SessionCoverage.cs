using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Corpus;
using Search.Index;
using Search.Index.Overlap;

namespace Search.Engine.Related;

/// <summary>Another newspaper's write-up of the same session, and how much of the shorter of the two they share.</summary>
public sealed record CoverageArticle(string Id, string Title, string Source, DateOnly? Date, double Shared);

/// <summary>
/// The other coverage of the session an article reports on: the articles of a place and its year
/// in common that repeat a good part of it, found through its <see cref="TextSketch"/> values in the
/// index — the articles holding them, like <see cref="Lucene.Net.Queries.Mlt.MoreLikeThis"/> reading
/// an article's rarer terms — and each printing once (<see cref="ArticleCopies"/>).
/// </summary>
/// <remarks>
/// Measured on the corpus pages: the two write-ups of 崂山区's 2024 session share 24 of the shorter
/// one's 51 values (0.47); of the 35 other pairs of articles the most any shares is 0.04 (two or three
/// runs of common political wording).
/// </remarks>
public static class SessionCoverage
{
    /// <summary>Coverage of one session shares this much of the shorter one's sketch: ten times what unrelated reports share at most.</summary>
    public const double Share = 0.25;

    /// <summary>And at least this many values, so that two short notes do not link by one stock phrase.</summary>
    public const int Minimum = 4;

    /// <summary>
    /// A run held by more articles than this is the corpus's stock wording (a synthetic corpus
    /// resampling a few hundred sentences holds every one of them hundreds of times), not evidence
    /// that two articles quote each other: it is not counted.
    /// </summary>
    public const int MaxHolders = 16;

    /// <param name="article">The article at <paramref name="doc"/>, already read: its sketch is made from its body (the index holds the sketch as terms to look up, not as values to read back).</param>
    public static IReadOnlyList<CoverageArticle> Of(ArticleIndex index, int doc, Article article)
    {
        var reader = index.IndexReader;
        var (places, year) = FactsOf(reader, doc);
        var sketch = TextSketch.Of(IndexedText.Body(article));
        if (year == 0 || places.Length == 0 || sketch.Length == 0 || MultiFields.GetTerms(reader, ArticleFields.Sketch) is not { } terms)
            return [];

        var itself = index.Copies.Of(doc).Append(doc).ToHashSet();
        var live = MultiFields.GetLiveDocs(reader);
        var shared = new Dictionary<int, int>();
        var values = terms.GetEnumerator();
        DocsEnum? holders = null;
        foreach (var value in sketch)
        {
            if (!values.SeekExact(new BytesRef(TextSketch.Term(value))) || values.DocFreq > MaxHolders)
                continue;
            holders = values.Docs(live, holders, DocsFlags.NONE);
            for (var other = holders.NextDoc(); other != DocIdSetIterator.NO_MORE_DOCS; other = holders.NextDoc())
            {
                if (!itself.Contains(other))
                    shared[other] = shared.GetValueOrDefault(other) + 1;
            }
        }

        var found = new List<(int Doc, double Share)>();
        foreach (var (other, count) in shared)
        {
            var (otherPlaces, otherYear) = FactsOf(reader, other);
            var shorter = Math.Min(sketch.Length, SketchSize(reader, other));
            if (otherYear == year && DocLists.Overlap(otherPlaces, places) && count >= Minimum && count >= Share * shorter && !index.Copies.IsRepeat(other))
                found.Add((other, (double)count / shorter));
        }
        return [.. found.OrderByDescending(other => other.Share).ThenBy(other => other.Doc).Select(other =>
        {
            var article = index.Article(other.Doc);
            return new CoverageArticle(article.Id, article.Title, article.Source, article.Date, Math.Round(other.Share, 3));
        })];
    }

    private static (int[] Places, short Year) FactsOf(IndexReader reader, int doc)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        var facts = SegmentFacts.Of(leaf.AtomicReader);
        return (facts.Places[doc - leaf.DocBase].ToArray(), facts.Years[doc - leaf.DocBase]);
    }

    private static int SketchSize(IndexReader reader, int doc)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        return (int)(leaf.AtomicReader.GetNumericDocValues(ArticleFields.SketchSize)?.Get(doc - leaf.DocBase) ?? 0);
    }
}
