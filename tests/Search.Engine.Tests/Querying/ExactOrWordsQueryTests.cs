using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Analysis;
using Search.Engine.Querying;
using Search.Index;

namespace Search.Engine.Tests.Querying;

/// <summary>
/// <see cref="ExactOrWordsQuery"/> is an optimisation and nothing else: on the five real pages it
/// finds the docs of the boolean query it stands for, <c>(exact (+word1 +word2 …))</c>, with the same
/// scores to the bit, and calls a doc exact exactly when the exact query alone finds it.
/// </summary>
public sealed class ExactOrWordsQueryTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    private readonly ArticleIndex _index = fixture.Index.Searcher.Index;

    // Terms SmartCn splits into words, of 3 to 8 characters: words found apart far more often than
    // together, and words of the title.
    public static TheoryData<string> Terms => new(
        "义务教育", "科技创新", "生态环境", "数字经济", "建设发展", "项目建设", "崂山区政府", "聚力做到", "高质量发展项目",
        "全面推进乡村振兴", "加快项目建设", "推进金融创新", "聚焦市委", "重点产业链", "突出兴产业", "办好民生实事", "城乡融合",
        "文化旅游", "国际航空枢纽", "实现安置房办证", "坚持高端引领", "抓项目", "促发展");

    [Theory]
    [MemberData(nameof(Terms))]
    public void Finds_the_docs_of_the_exact_text_or_all_words_with_the_same_scores(string text)
    {
        var (exact, words) = Parts(text);
        var either = new BooleanQuery(disableCoord: true)
        {
            { exact, Occur.SHOULD },
            { All(words), Occur.SHOULD },
        };

        var expected = Scores(either);
        var actual = Scores(new ExactOrWordsQuery(exact, words));

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.All(expected, pair => Assert.Equal(pair.Value, actual[pair.Key]));
    }

    [Theory]
    [MemberData(nameof(Terms))]
    public void Calls_a_doc_exact_when_and_only_when_it_holds_the_exact_text(string text)
    {
        var (exact, words) = Parts(text);
        var holding = Scores(exact).Keys.ToHashSet();
        var told = new HashSet<int>();

        foreach (var context in _index.IndexReader.Leaves)
        {
            var scorer = (ExactOrWordsScorer?)new ExactOrWordsQuery(exact, words).CreateWeight(_index).GetScorer(context, context.AtomicReader.LiveDocs);
            for (var doc = scorer?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS; doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer!.NextDoc())
            {
                // Asked before and after scoring: the answer is read once and kept.
                var before = scorer.IsExact(doc);
                scorer.GetScore();
                Assert.Equal(before, scorer.IsExact(doc));
                if (before)
                    told.Add(context.DocBase + doc);
            }
        }

        Assert.Equal(holding.Order(), told.Order());
    }

    // Terms that are one word as typed, of 3 to 6 characters: the word witnesses the exact text.
    public static TheoryData<string> OneWordTerms => new(
        "高质量发展", "新质生产力", "民生实事", "西海岸新区", "上合示范区", "营商环境", "专精特新", "乡村振兴", "一带一路", "招商引资");

    [Theory]
    [MemberData(nameof(OneWordTerms))]
    public void With_its_word_as_witness_finds_and_scores_what_the_exact_text_alone_does(string text)
    {
        var (exact, word) = OneWordParts(text);

        var expected = Scores(exact);
        var actual = Scores(new ExactOrWordsQuery(exact, [word], wordWitnesses: true));

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.All(expected, pair => Assert.Equal(pair.Value, actual[pair.Key]));
        Assert.Equal(exact.ToString(), new ExactOrWordsQuery(exact, [word], wordWitnesses: true).ToString());
    }

    [Theory]
    [MemberData(nameof(OneWordTerms))]
    public void With_its_word_as_witness_calls_every_doc_it_finds_exact_reading_positions_only_where_the_word_is_not(string text)
    {
        var (exact, word) = OneWordParts(text);
        var holdingWord = Scores(new TermQuery(word)).Keys.ToHashSet();
        var (found, readForPositions) = (0, 0);
        foreach (var context in _index.IndexReader.Leaves)
        {
            var scorer = (ExactOrWordsScorer?)new ExactOrWordsQuery(exact, [word], wordWitnesses: true).CreateWeight(_index).GetScorer(context, context.AtomicReader.LiveDocs);
            for (var doc = scorer?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS; doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer!.NextDoc())
            {
                found++;
                Assert.True(scorer.IsExact(doc));
            }
            readForPositions += scorer?.DocsReadForPositions ?? 0;
        }
        // Positions are read for the docs holding every pair of the text but not its word, and no others.
        var holdingPairs = Scores(All(((PhraseQuery)exact).GetTerms())).Keys.ToHashSet();
        Assert.Equal(Scores(exact).Count, found);
        Assert.NotEmpty(holdingWord);
        Assert.Subset(holdingPairs, holdingWord);
        Assert.Equal(holdingPairs.Count - holdingWord.Count, readForPositions);
    }

    [Fact]
    public void Reads_as_the_boolean_query_it_stands_for()
    {
        var (exact, words) = Parts("义务教育");

        Assert.Equal("(all.bigrams:\"义务 ? 教育\" (+all.words:义务 +all.words:教育))", new ExactOrWordsQuery(exact, words).ToString());
        Assert.Equal(new ExactOrWordsQuery(exact, words), new ExactOrWordsQuery(exact, words));
    }

    private static (Query Exact, Term[] Words) Parts(string text)
    {
        var term = new AnalyzedTerm(new QueryTerm(text), WordAnalyzer.Default);
        Assert.False(term.IsItsOnlyWord);
        return (QueryCompiler.Exact(term, ArticlePart.All)!,
            [.. term.Words.Select(word => new Term(ArticleFields.Name(ArticlePart.All, Representation.Words), word))]);
    }

    private static (Query Exact, Term Word) OneWordParts(string text)
    {
        var term = new AnalyzedTerm(new QueryTerm(text), WordAnalyzer.Default);
        Assert.True(term.IsItsOnlyWord);
        return (QueryCompiler.Exact(term, ArticlePart.All)!, new Term(ArticleFields.Name(ArticlePart.All, Representation.Words), term.Words[0]));
    }

    private static BooleanQuery All(IEnumerable<Term> words)
    {
        var all = new BooleanQuery(disableCoord: true);
        foreach (var word in words)
            all.Add(new TermQuery(word), Occur.MUST);
        return all;
    }

    /// <summary>Every doc the query matches, with its score.</summary>
    private Dictionary<int, float> Scores(Query query)
    {
        var top = _index.Search(query, Math.Max(1, _index.IndexReader.MaxDoc));
        return top.ScoreDocs.ToDictionary(hit => hit.Doc, hit => hit.Score);
    }
}
