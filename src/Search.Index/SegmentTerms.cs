using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Analysis.Terms;

namespace Search.Index;

/// <summary>
/// A government's report of one year as the terms views read it: the place (a
/// <see cref="Search.Places.Gazetteer.OrdinalOf"/> number, or <see cref="NoPlace"/>) and the report year.
/// An article counts in the cell of each place it covers (a roundup of ten districts in ten cells),
/// and once more, once, in its year's <see cref="AnyPlace"/> cell: every article of the year.
/// </summary>
public readonly record struct TermCell(int Place, int Year)
{
    /// <summary>The place of an article that names none.</summary>
    public const int NoPlace = -1;

    /// <summary>The cell of every article of a year, each once whatever places it covers.</summary>
    public const int AnyPlace = -2;
}

/// <summary>
/// The terms of one segment counted by <see cref="TermCell"/>: for every listed term
/// (<see cref="TermText.IsListed"/>) of <c>all.words</c> and <c>all.phrases</c>, as a reader writes it
/// (<see cref="TermText.Display"/>: every way SmartCn split it counted as one term), its mentions (the
/// sum of its frequencies) and articles in each cell it occurs in, and each cell's articles and length.
/// Read once from the postings, one pass over them, and kept for as long as the segment and its
/// deletions live (keyed by both, so an update that deletes articles of an old segment recounts that
/// segment alone). Articles without a year are left out: every view is by year.
/// </summary>
public sealed class SegmentTerms
{
    // Lazy: two views asking for a new segment at once count it once.
    private static readonly ConditionalWeakTable<object, Lazy<SegmentTerms>> Cache = new();

    private readonly Dictionary<string, int> _ids;
    private readonly int[] _termStarts;
    private readonly int[] _entryCells;
    private readonly int[] _entryMentions;
    private readonly int[] _entryArticles;
    private readonly int[] _cellStarts;
    private readonly int[] _cellEntries;

    private SegmentTerms(AtomicReader reader)
    {
        var facts = SegmentFacts.Of(reader);
        var live = reader.LiveDocs;
        var lengths = reader.GetNumericDocValues(ArticleFields.Length);

        // Each live doc with a year: the cells it counts in.
        var cellIds = new Dictionary<TermCell, int>();
        var docCellStarts = new int[reader.MaxDoc + 1];
        var docCells = new List<int>();
        var cellArticles = new List<int>();
        var cellLengths = new List<long>();
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            docCellStarts[doc] = docCells.Count;
            var year = facts.Years[doc];
            if (year == 0 || live is not null && !live.Get(doc))
                continue;
            var places = facts.Places[doc];
            var length = lengths?.Get(doc) ?? 0;
            for (var i = -1; i < Math.Max(1, places.Length); i++)
            {
                var cell = new TermCell(i < 0 ? TermCell.AnyPlace : places.Length == 0 ? TermCell.NoPlace : places[i], year);
                if (!cellIds.TryGetValue(cell, out var id))
                {
                    cellIds[cell] = id = cellIds.Count;
                    cellArticles.Add(0);
                    cellLengths.Add(0);
                }
                docCells.Add(id);
                cellArticles[id]++;
                cellLengths[id] += length;
            }
        }
        docCellStarts[reader.MaxDoc] = docCells.Count;
        Cells = [.. cellIds.OrderBy(pair => pair.Value).Select(pair => pair.Key)];
        CellArticles = [.. cellArticles];
        CellLengths = [.. cellLengths];

        // The listed terms of both fields by how a reader writes them: 科学 发展观 and 科学 发展 观 (SmartCn
        // reads one string two ways in two sentences) are one term, 科学发展观, and so are a word and a phrase spelling it.
        var fields = new[] { ArticleFields.Name(ArticlePart.All, Representation.Words), ArticleFields.Phrases };
        var spellings = new Dictionary<string, List<(int Field, BytesRef Term)>>(StringComparer.Ordinal);
        var enums = new TermsEnum?[fields.Length];
        for (var field = 0; field < fields.Length && Cells.Count > 0; field++)
        {
            if (reader.GetTerms(fields[field]) is not { } fieldTerms)
                continue;
            var termsEnum = enums[field] = fieldTerms.GetEnumerator();
            while (termsEnum.MoveNext())
            {
                var term = termsEnum.Term.Utf8ToString();
                if (!TermText.IsListed(term))
                    continue;
                var display = TermText.Display(term);
                if (!spellings.TryGetValue(display, out var members))
                    spellings[display] = members = [];
                members.Add((field, BytesRef.DeepCopyOf(termsEnum.Term)));
            }
            enums[field] = fieldTerms.GetEnumerator();
        }

        // Each term's postings, all its spellings together: a doc's mentions summed, the doc counted once in each of its cells.
        var terms = new List<string>();
        var phrasesOnly = new List<bool>();
        var termStarts = new List<int> { 0 };
        var entryCells = new List<int>();
        var entryMentions = new List<int>();
        var entryArticles = new List<int>();
        var mentions = new int[Cells.Count];
        var articles = new int[Cells.Count];
        var touched = new List<int>();
        var freqs = new int[reader.MaxDoc];
        var docsSeen = new List<int>();
        DocsEnum? docs = null;
        var displays = spellings.Keys.ToArray();
        Array.Sort(displays, StringComparer.Ordinal);
        foreach (var display in displays)
        {
            var members = spellings[display];
            foreach (var (field, term) in members)
            {
                if (!enums[field]!.SeekExact(term))
                    continue;
                docs = enums[field]!.Docs(live, docs, DocsFlags.FREQS);
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    if (freqs[doc] == 0)
                        docsSeen.Add(doc);
                    freqs[doc] += docs.Freq;
                }
            }
            foreach (var doc in docsSeen)
            {
                for (var i = docCellStarts[doc]; i < docCellStarts[doc + 1]; i++)
                {
                    var cell = docCells[i];
                    if (articles[cell] == 0)
                        touched.Add(cell);
                    mentions[cell] += freqs[doc];
                    articles[cell]++;
                }
                freqs[doc] = 0;
            }
            docsSeen.Clear();
            if (touched.Count == 0)
                continue;
            touched.Sort();
            foreach (var cell in touched)
            {
                entryCells.Add(cell);
                entryMentions.Add(mentions[cell]);
                entryArticles.Add(articles[cell]);
                (mentions[cell], articles[cell]) = (0, 0);
            }
            touched.Clear();
            terms.Add(display);
            phrasesOnly.Add(members.All(member => member.Field == 1));
            termStarts.Add(entryCells.Count);
        }
        _phrasesOnly = [.. phrasesOnly];
        Terms = terms;
        _ids = new Dictionary<string, int>(terms.Count, StringComparer.Ordinal);
        for (var i = 0; i < terms.Count; i++)
            _ids.TryAdd(terms[i], i);
        (_termStarts, _entryCells, _entryMentions, _entryArticles) = ([.. termStarts], [.. entryCells], [.. entryMentions], [.. entryArticles]);

        // The same entries by cell, so a view starts from the terms of its own cells.
        _cellStarts = new int[Cells.Count + 1];
        foreach (var cell in _entryCells)
            _cellStarts[cell + 1]++;
        for (var cell = 0; cell < Cells.Count; cell++)
            _cellStarts[cell + 1] += _cellStarts[cell];
        _cellEntries = new int[_entryCells.Length];
        var next = _cellStarts[..^1];
        for (var entry = 0; entry < _entryCells.Length; entry++)
            _cellEntries[next[_entryCells[entry]]++] = entry;
        _entryTerms = new int[_entryCells.Length];
        for (var term = 0; term < terms.Count; term++)
            _entryTerms.AsSpan(_termStarts[term], _termStarts[term + 1] - _termStarts[term]).Fill(term);
    }

    private readonly int[] _entryTerms;
    private readonly bool[] _phrasesOnly;

    /// <summary>The terms of a segment, counted on first use.</summary>
    public static SegmentTerms Of(AtomicReader reader) =>
        Cache.GetValue(reader.CombinedCoreAndDeletesKey, _ => new Lazy<SegmentTerms>(() => new SegmentTerms(reader))).Value;

    /// <summary>The segment's cells, by their number here.</summary>
    public IReadOnlyList<TermCell> Cells { get; }

    /// <summary>How many articles each cell has.</summary>
    public IReadOnlyList<int> CellArticles { get; }

    /// <summary>How long each cell's texts are together (<see cref="ArticleFields.Length"/>).</summary>
    public IReadOnlyList<long> CellLengths { get; }

    /// <summary>The listed terms of the segment as a reader writes them (新型城镇化), in ordinal order.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>Whether the segment holds a term only as a phrase of several words, never as one word; false when it lacks it.</summary>
    public bool IsPhrase(string term) => _ids.TryGetValue(term, out var id) && _phrasesOnly[id];

    /// <summary>A term's counts in every cell it occurs in; none when the segment lacks it.</summary>
    public IEnumerable<CellCount> CountsOf(string term)
    {
        if (!_ids.TryGetValue(term, out var id))
            yield break;
        for (var entry = _termStarts[id]; entry < _termStarts[id + 1]; entry++)
            yield return new CellCount(_entryCells[entry], _entryMentions[entry], _entryArticles[entry]);
    }

    /// <summary>
    /// Adds the counts of every term occurring in a cell (by its number here) to arrays indexed like
    /// <see cref="Terms"/>, the number of each term met for the first time to <paramref name="found"/>.
    /// </summary>
    public void AddCounts(int cell, int[] mentions, int[] articles, List<int> found)
    {
        for (var i = _cellStarts[cell]; i < _cellStarts[cell + 1]; i++)
        {
            var entry = _cellEntries[i];
            var term = _entryTerms[entry];
            if (articles[term] == 0)
                found.Add(term);
            mentions[term] += _entryMentions[entry];
            articles[term] += _entryArticles[entry];
        }
    }
}

/// <summary>A term's mentions and articles in one cell of a segment (<see cref="SegmentTerms.Cells"/>).</summary>
public readonly record struct CellCount(int Cell, int Mentions, int Articles);
