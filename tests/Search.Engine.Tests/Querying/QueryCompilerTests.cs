using Lucene.Net.Search;
using Search.Analysis;
using Search.Engine.Querying;

namespace Search.Engine.Tests.Querying;

/// <summary>How the query language becomes Lucene queries (their ToString is Lucene's own query syntax).</summary>
public sealed class QueryCompilerTests
{
    private static CompiledQuery Compile(string query) => QueryCompiler.Compile(QueryParser.Parse(query), WordAnalyzer.Default);

    [Fact]
    public void A_term_must_match_the_whole_article_by_its_exact_text_or_all_its_words_and_may_match_the_title_too()
    {
        Assert.Equal("+(all.bigrams:\"义务 ? 教育\" (+all.words:义务 +all.words:教育)) (title.bigrams:\"义务 ? 教育\" (+title.words:义务 +title.words:教育))",
            Compile("义务教育").Query.ToString());
    }

    [Theory]
    [InlineData("港", "+all.chars:港 title.chars:港")]
    [InlineData("上合", "+all.bigrams:上合 title.bigrams:上合")]
    [InlineData("胶即快速", "+all.bigrams:\"胶即 ? 快速\" title.bigrams:\"胶即 ? 快速\"")]
    [InlineData("胶即快速通", "+all.bigrams:\"胶即 ? 快速 速通\" title.bigrams:\"胶即 ? 快速 速通\"")]
    [InlineData("胶即快速通道", "+all.bigrams:\"胶即 ? 快速 ? 通道\" title.bigrams:\"胶即 ? 快速 ? 通道\"")]
    public void Exact_text_is_one_character_one_pair_or_a_phrase_of_covering_pairs_at_their_positions(string term, string query)
    {
        Assert.Equal(query, Compile($"\"{term}\"").Query.ToString());
    }

    [Fact]
    public void Every_exact_clause_that_decides_a_match_is_known_with_its_group()
    {
        var query = Compile("上合 平度 OR 莱西");

        Assert.Equal(2, query.GroupCount);
        Assert.Equal([0, 1, 1], query.ExactClauses.Values.Order());
        Assert.All(query.ExactClauses.Keys, clause => Assert.StartsWith("all.", clause.ToString()));
    }

    [Fact]
    public void A_phrase_has_no_word_clause_and_a_title_only_term_only_title_clauses()
    {
        Assert.Equal("+all.bigrams:\"加快 ? 发展\" title.bigrams:\"加快 ? 发展\"", Compile("\"加快发展\"").Query.ToString());
        Assert.Equal("(title.bigrams:\"加快 ? 发展\" (+title.words:加快 +title.words:发展))", Compile("title:加快发展").Query.ToString());
    }

    [Theory]
    [InlineData("发展")]
    [InlineData("平度")]
    [InlineData("高质量发展")]
    public void A_term_that_is_its_own_only_word_needs_no_word_clause(string term)
    {
        Assert.DoesNotContain(".words:", Compile(term).Query.ToString());
    }

    [Fact]
    public void Excluded_terms_are_prohibited_exactly_and_as_a_word_when_they_are_one()
    {
        var query = (BooleanQuery)Compile("发展 -崂山").Query;
        var prohibited = query.Clauses.Single(clause => clause.Occur == Occur.MUST_NOT);
        Assert.Equal("all.bigrams:崂山 all.words:崂山", prohibited.Query.ToString());
    }

    [Fact]
    public void The_empty_query_matches_every_article()
    {
        var query = Compile("");

        Assert.True(query.MatchesEverything);
        Assert.Equal("*:*", query.Query.ToString());
    }

    [Theory]
    [InlineData(1, new[] { 0 })]
    [InlineData(2, new[] { 0, 1 })]
    [InlineData(3, new[] { 0, 2 })]
    [InlineData(4, new[] { 0, 2, 3 })]
    [InlineData(5, new[] { 0, 2, 4 })]
    public void Covering_offsets_pin_every_character_with_about_half_the_pairs(int bigrams, int[] offsets)
    {
        Assert.Equal(offsets, QueryCompiler.CoveringOffsets(bigrams));
    }
}
