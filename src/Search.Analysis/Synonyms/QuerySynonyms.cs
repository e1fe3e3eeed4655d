using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Lucene.Net.Util.Fst;

namespace Search.Analysis.Synonyms;

/// <summary>
/// The other names of a query term (<c>黄岛</c> → 黄岛区, 西海岸新区; <c>GDP</c> → 地区生产总值, 生产总值),
/// from a file in Solr's synonym format (<c>Dictionary/synonyms.txt</c>) read into Lucene's
/// <see cref="SynonymMap"/>. Applied to whole query terms at query time, never to the index: the
/// index keeps what the articles say, and a change of the file needs no rebuild. A term is looked up
/// through a <see cref="KeywordTokenizer"/> and a <see cref="SynonymFilter"/>, which hands back the
/// term and, at its position, each of its other names.
/// </summary>
public sealed class QuerySynonyms
{
    private static readonly Lazy<QuerySynonyms> Embedded = new(() =>
    {
        using var stream = typeof(QuerySynonyms).Assembly.GetManifestResourceStream("synonyms.txt")
            ?? throw new InvalidOperationException("embedded resource synonyms.txt is missing");
        return Parse(new StreamReader(stream));
    });

    /// <summary>The project's synonyms, src/Search.Analysis/Dictionary/synonyms.txt.</summary>
    public static QuerySynonyms Default => Embedded.Value;

    /// <summary>No synonyms at all.</summary>
    public static QuerySynonyms None { get; } = Parse(new StringReader(""));

    /// <summary>Null when the map is empty: Lucene builds no automaton of no entries, and a filter needs one.</summary>
    private readonly Analyzer? _lookup;

    private readonly SynonymMap _map;

    private QuerySynonyms(SynonymMap map)
    {
        _map = map;
        _lookup = map.Fst is null ? null : Analyzer.NewAnonymous((_, reader) =>
        {
            var whole = new KeywordTokenizer(reader);
            return new TokenStreamComponents(whole, new SynonymFilter(whole, map, ignoreCase: true));
        });
    }

    /// <summary>Reads Solr's format: each line names that all mean the same (<c>a,b,c</c>); <c>#</c> starts a comment.</summary>
    public static QuerySynonyms Parse(TextReader text)
    {
        // Each name is kept whole and in lower case, as the lookup's folded terms are.
        using var names = Analyzer.NewAnonymous((_, reader) =>
        {
            var whole = new KeywordTokenizer(reader);
            return new TokenStreamComponents(whole, new LowerCaseFilter(WordAnalyzer.Version, whole));
        });
        var parser = new SolrSynonymParser(dedup: true, expand: true, names);
        parser.Parse(text);
        return new QuerySynonyms(parser.Build());
    }

    /// <summary>
    /// The other names of <paramref name="term"/>, a whole query term folded as the recall fields fold
    /// it (lower case, simplified); empty when it has none.
    /// </summary>
    public IReadOnlyList<string> Of(string term)
    {
        // Nearly every term has no other name: one walk of the map's automaton (its keys in lower case) says so, without a token stream.
        if (term.Length == 0 || _lookup is null || Util.Get(_map.Fst, Util.ToUTF32(term.ToLowerInvariant(), new Int32sRef())) is null)
            return [];
        var others = new List<string>();
        using var stream = _lookup.GetTokenStream("term", term);
        var text = stream.AddAttribute<ICharTermAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (type.Type == SynonymFilter.TYPE_SYNONYM && text.ToString() is var name && name != term && !others.Contains(name))
                others.Add(name);
        }
        stream.End();
        return others;
    }
}
