using System.Runtime.InteropServices;
using Search.Index;

namespace Search.Engine.Terms;

/// <summary>
/// The terms of one view of the index, by <see cref="TermCell"/>: each segment's
/// <see cref="SegmentTerms"/> summed on demand. A view starts from the terms of its own cells (a
/// report's few thousand) and looks each up in the cells it compares with, so no view reads every
/// term's counts.
/// </summary>
public sealed class TermTable
{
    private static readonly PerView<TermTable> OfView = new(view => new TermTable(view));

    private readonly IReadOnlyList<SegmentTerms> _segments;

    private TermTable(ArticleIndex view)
    {
        _segments = [.. view.IndexReader.Leaves.Select(leaf => SegmentTerms.Of(leaf.AtomicReader))];
        var cells = new Dictionary<TermCell, TextSize>();
        foreach (var segment in _segments)
        {
            for (var cell = 0; cell < segment.Cells.Count; cell++)
                cells[segment.Cells[cell]] = cells.GetValueOrDefault(segment.Cells[cell]).Plus(segment.CellArticles[cell], segment.CellLengths[cell]);
        }
        Cells = cells;
    }

    /// <summary>The view's table, counted once per segment and summed once per view.</summary>
    public static TermTable Of(ArticleIndex view) => OfView.Of(view);

    /// <summary>Every cell of the view with its articles and length.</summary>
    public IReadOnlyDictionary<TermCell, TextSize> Cells { get; }

    /// <summary>The governments the view holds reports of, by their ordinal in the gazetteer.</summary>
    public IReadOnlyList<Search.Places.Place> Places => [.. Cells.Keys.Where(cell => cell.Place >= 0).Select(cell => cell.Place).Distinct().Order().Select(ordinal => Search.Places.Gazetteer.All[ordinal])];

    /// <summary>The years with reports of a place (any place when null), in order.</summary>
    public IReadOnlyList<int> YearsOf(Search.Places.Place? place)
    {
        var cell = PlaceCell(place);
        return [.. Cells.Keys.Where(key => key.Place == cell).Select(key => key.Year).Order()];
    }

    /// <summary>The <see cref="TermCell.Place"/> of a place's cells: its ordinal, or <see cref="TermCell.AnyPlace"/> for every place together.</summary>
    public static int PlaceCell(Search.Places.Place? place) => place is null ? TermCell.AnyPlace : Search.Places.Gazetteer.OrdinalOf(place.Code);

    /// <summary>The articles and length of the cells that pass.</summary>
    public TextSize Size(Func<TermCell, bool> cells) =>
        Cells.Where(pair => cells(pair.Key)).Aggregate(default(TextSize), (sum, pair) => sum.Plus(pair.Value.Articles, pair.Value.Length));

    /// <summary>Every term of the cells that pass, with its mentions and articles in them.</summary>
    public Dictionary<string, (int Mentions, int Articles)> TermsIn(Func<TermCell, bool> cells)
    {
        var found = new Dictionary<string, (int Mentions, int Articles)>(StringComparer.Ordinal);
        foreach (var segment in _segments)
        {
            // Summed by the segment's own term numbers first: a string is looked up once per segment, not once per cell.
            var passing = Enumerable.Range(0, segment.Cells.Count).Where(cell => cells(segment.Cells[cell])).ToList();
            if (passing.Count == 0)
                continue;
            var (mentions, articles, terms) = (new int[segment.Terms.Count], new int[segment.Terms.Count], new List<int>());
            foreach (var cell in passing)
                segment.AddCounts(cell, mentions, articles, terms);
            foreach (var term in terms)
            {
                ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(found, segment.Terms[term], out _);
                sum = (sum.Mentions + mentions[term], sum.Articles + articles[term]);
            }
        }
        return found;
    }

    /// <summary>A term's mentions and articles in each cell it occurs in.</summary>
    public Dictionary<TermCell, (int Mentions, int Articles)> CountsOf(string term)
    {
        var found = new Dictionary<TermCell, (int Mentions, int Articles)>();
        foreach (var segment in _segments)
        {
            foreach (var count in segment.CountsOf(term))
            {
                var cell = segment.Cells[count.Cell];
                var (mentions, articles) = found.GetValueOrDefault(cell);
                found[cell] = (mentions + count.Mentions, articles + count.Articles);
            }
        }
        return found;
    }

    /// <summary>Whether the index holds a term only as a phrase of several words, in every segment that has it.</summary>
    public bool IsPhrase(string term) => _segments.Where(segment => segment.CountsOf(term).Any()).All(segment => segment.IsPhrase(term));

    /// <summary>A term's mentions and articles in the cells that pass.</summary>
    public (int Mentions, int Articles) CountIn(string term, Func<TermCell, bool> cells)
    {
        var (mentions, articles) = (0, 0);
        foreach (var segment in _segments)
        {
            foreach (var count in segment.CountsOf(term))
            {
                if (cells(segment.Cells[count.Cell]))
                    (mentions, articles) = (mentions + count.Mentions, articles + count.Articles);
            }
        }
        return (mentions, articles);
    }
}
