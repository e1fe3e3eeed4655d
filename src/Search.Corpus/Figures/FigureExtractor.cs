using System.Globalization;
using System.Text.RegularExpressions;
using Search.Corpus.Metadata;
using Search.Places;

namespace Search.Corpus.Figures;

/// <summary>
/// Finds the key figures of a work report in an article's body: each clause that names an
/// indicator (<see cref="Indicators"/>) and goes on with a figure gives one fact, and a clause that
/// leaves the indicator out but opens with a figure (<c>…完成1150.89亿元,增长7%</c>) takes the
/// indicator of the clause before it in the sentence. The year is the last one the paragraph names
/// before the figure, else the article's; a year before the report's is a result, the report's own
/// a target. The place is the article's, or in a roundup the one named last before the figure.
/// </summary>
public static partial class FigureExtractor
{
    /// <summary>
    /// The most of a sentence kept with a figure (<see cref="KeyFigure.Sentence"/>): a real sentence is
    /// far shorter, but a page without full stops is one "sentence", and each of its figures would
    /// otherwise carry all of it.
    /// </summary>
    public const int MaxSentenceLength = 500;

    /// <remarks>
    /// Linear in the body: each paragraph, sentence and clause is visited once, the years a paragraph
    /// names are read once for the whole body, and each figure keeps at most
    /// <see cref="MaxSentenceLength"/> characters of its sentence.
    /// </remarks>
    public static IReadOnlyList<KeyFigure> Extract(Article article)
    {
        // Read as the rules read (traditional characters simplified, full-width digits as ASCII), so
        // a report printed either way gives the same figures; positions hold (the fold is one unit
        // for one), and text is taken from the original.
        var original = article.Body;
        var body = TextKey.Of(original);
        var places = new PlaceTrail(article, body);
        var years = new YearTrail(body);
        var figures = new List<KeyFigure>();
        var paragraphs = Split(body, new TextSpan(0, body.Length), "\n").ToList();
        var parts = ReportParts.Of(body, paragraphs, article.Year);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            // A sentence that looks back (过去一年，…) speaks for the ones after it in its paragraph, until
            // one speaks of this year again; a year named before it is not theirs (2011年，是…开局之年。过去一年，…).
            // A look back over several years (五年来，…) gives their sums and end points, no year's figure.
            int? lookedBackAt = null;
            var overYears = false;
            foreach (var sentence in Split(body, paragraph, "。！？!?"))
            {
                var said = sentence.Of(body);
                if (OverYears.Any(word => said.Contains(word, StringComparison.Ordinal)))
                    (lookedBackAt, overYears) = (sentence.Start, true);
                else if (said.Contains("今年", StringComparison.Ordinal))
                    (lookedBackAt, overYears) = (null, false);
                else if (LooksBack().IsMatch(said))
                    (lookedBackAt, overYears) = (sentence.Start, false);
                var looksBack = lookedBackAt is not null;
                var estimate = Estimated.Any(word => said.Contains(word, StringComparison.Ordinal));
                var deadlines = Deadline().Matches(said); // read once a sentence: a page without full stops is one
                (Indicator Indicator, string Label)? subject = null;
                foreach (var clause in Split(body, sentence, "，,；;：:").SelectMany(clause => Pieces(body, clause)))
                {
                    var text = clause.Of(body);
                    if (FigureText.UrbanAndRural(text) is { } pair)
                    {
                        var label = original.Substring(clause.Start + pair.NameAt, pair.NameLength);
                        Add(Indicators.Named("城镇居民人均可支配收入")!, label, clause.Start + pair.NameAt, pair.NameLength, pair.Urban);
                        Add(Indicators.Named("农村居民人均可支配收入")!, label, clause.Start + pair.NameAt, pair.NameLength, pair.Rural);
                        subject = null;
                    }
                    else if (FigureText.Respectively(text) is { } each)
                    {
                        foreach (var (indicator, at, length, reading) in each)
                            Add(indicator, original.Substring(clause.Start + at, length), clause.Start + at, length, reading);
                        subject = null;
                    }
                    else if (Named(text, article.Places is [var reporting] ? reporting : null) is { } named)
                    {
                        subject = (named.Indicator, original.Substring(clause.Start + named.At, named.Name.Length));
                        Add(subject.Value.Indicator, subject.Value.Label, clause.Start + named.At, named.Name.Length, named.Reading);
                    }
                    else if (subject is { } same && FigureText.OpeningClause(text) is { } reading)
                    {
                        Add(same.Indicator, same.Label, clause.Start, 0, reading);
                    }
                    else if (!FigureText.OpensWithVerb(text))
                    {
                        subject = null; // a clause of something else; one that goes on about the subject (增速全国第3) keeps it
                    }

                    void Add(Indicator indicator, string label, int start, int before, FigureText.Reading reading)
                    {
                        var figure = new TextSpan(start, start + before + reading.Length);
                        var place = places.At(figure.Start);
                        var named = years.LastBefore(lookedBackAt ?? paragraph.Start, clause.Start);
                        if (overYears && named is null)
                            return;
                        var when = When(article.Year, parts[p], named, looksBack);
                        if (place is null || when is not { } known || ForAnotherYear(deadlines, figure.Start - sentence.Start, known.Year))
                            return;
                        var shown = Around(sentence, figure);
                        var measure = indicator.Rate && reading.Unit == "%" ? FigureMeasure.Amount : reading.Measure;
                        figures.Add(new KeyFigure(article.Id, place, known.Year, known.Kind, indicator.Name, label,
                            measure, reading.Value, reading.Unit, reading.Qualifier, figure, shown, shown.Of(original))
                        {
                            ValueHigh = reading.High,
                            Estimate = estimate && known.Kind == FigureKind.Result,
                        });
                    }
                }
            }
        }
        return figures;
    }

    /// <summary>The sentence, or in one longer than <see cref="MaxSentenceLength"/> as much of it around the figure.</summary>
    private static TextSpan Around(TextSpan sentence, TextSpan figure)
    {
        if (sentence.Length <= MaxSentenceLength)
            return sentence;
        var margin = Math.Max(0, (MaxSentenceLength - figure.Length) / 2);
        var start = Math.Max(sentence.Start, figure.Start - margin);
        return new TextSpan(start, Math.Min(sentence.End, Math.Max(figure.End, start + MaxSentenceLength)));
    }

    /// <summary>
    /// The indicator a clause names, when only framing words stand before the name and a figure
    /// follows it. A figure framed by another place's name (<c>崂山区生产总值增长6.1%</c> in 青岛市's report)
    /// is that place's, not the reporting government's: it is left out.
    /// </summary>
    private static (Indicator Indicator, int At, string Name, FigureText.Reading Reading)? Named(string clause, Place? reporting)
    {
        if (Indicators.FirstIn(clause) is not { } found || FigureText.Frames(clause[..found.At]) is not { } framedBy)
            return null;
        if (reporting is not null && framedBy.Any(places => !places.Contains(reporting)))
            return null;
        if (FigureText.AfterName(clause[(found.At + found.Name.Length)..]) is not { } reading)
            return null;
        // 力争 before the name qualifies the figure in place of a 以上 after it (力争规上工业增加值增长6%以上: at
        // least 6%, striven for); a 左右 or 以内 after the number stays, as it changes what the target means.
        if (reading.Value is not null && reading.Qualifier is null or "以上" && clause.AsSpan(0, found.At).Contains("力争", StringComparison.Ordinal))
            reading = reading with { Qualifier = "力争" };
        return (found.Indicator, found.At, found.Name, reading);
    }

    /// <summary>
    /// The year a figure is for and whether it is a target, or null for a figure of no year a report
    /// sets or reviews. Reports look back on last year and set this year's goals. In a report's review
    /// part a figure is last year's result, and a figure of any other year named there (a five-year
    /// review's earlier years) is none; in its plan part a figure is this year's target unless its
    /// sentence looks back (<c>去年</c>), and a later year's (<c>到2027年</c>) is none. On a page
    /// without parts, a year named before the report's is a result, the report's own a target, and
    /// without a year named the sentence decides.
    /// </summary>
    private static (int Year, FigureKind Kind)? When(int? reportYear, ReportPart part, int? named, bool looksBack)
    {
        if (part != ReportPart.Unknown && reportYear is { } report)
        {
            var year = named ?? (part == ReportPart.Review || looksBack ? report - 1 : report);
            return year == report - 1 && (part == ReportPart.Review || looksBack || named is not null) ? (year, FigureKind.Result)
                : year == report && part == ReportPart.Plan ? (year, FigureKind.Target)
                : null;
        }
        if (named is { } namedYear)
            return (namedYear, (reportYear is { } known ? namedYear < known : looksBack) ? FigureKind.Result : FigureKind.Target);
        if (reportYear is not { } reportYearOnly)
            return null;
        return looksBack ? (reportYearOnly - 1, FigureKind.Result) : (reportYearOnly, FigureKind.Target);
    }

    /// <summary>
    /// Whether the sentence sets the figure at <paramref name="at"/> (in the sentence) for a deadline
    /// before it other than its year (<c>到2027年，地区生产总值达到…</c>).
    /// </summary>
    private static bool ForAnotherYear(MatchCollection deadlines, int at, int year)
    {
        foreach (Match deadline in deadlines)
        {
            if (deadline.Index >= at)
                break;
            if (int.Parse(deadline.Groups["year"].ValueSpan, CultureInfo.InvariantCulture) != year)
                return true;
        }
        return false;
    }

    [GeneratedRegex("到(?<year>[0-9]{4})年")]
    private static partial Regex Deadline();

    /// <summary>Words that mark a result as an estimate: where 预计 opens a list, it covers the list.</summary>
    private static readonly string[] Estimated = ["预计", "初步核算", "初步统计"];

    private static readonly string[] OverYears = ["五年来", "过去五年", "这五年", "五年间", "十年来", "过去十年"];

    /// <summary>Words of a look back at last year; not a comparison with it (比上年增长, 较去年).</summary>
    [GeneratedRegex("(?<![比较])(?:去年|上年)|过去一年|回顾")]
    private static partial Regex LooksBack();

    /// <summary>
    /// A clause cut again at each <c>、</c> that opens another figure (<c>达到8374.2亿元、增长0.7%</c>,
    /// <c>…增长5.5%、农村居民人均可支配收入增长8.2%</c>); not a list of values (<c>分别增长4.3%、6.1%</c>).
    /// </summary>
    private static IEnumerable<TextSpan> Pieces(string body, TextSpan clause)
    {
        var start = clause.Start;
        if (body.IndexOf("分别", clause.Start, clause.Length, StringComparison.Ordinal) < 0)
        {
            for (var at = body.IndexOf('、', clause.Start, clause.Length); at >= 0; at = body.IndexOf('、', at + 1, clause.End - at - 1))
            {
                // Only the start of what follows is looked at: a list of many items stays linear.
                var rest = body.AsSpan(at + 1, clause.End - at - 1);
                if (!FigureText.OpensWithVerb(rest) && !Indicators.StartsWithName(rest))
                    continue;
                yield return new TextSpan(start, at);
                start = at + 1;
            }
        }
        yield return new TextSpan(start, clause.End);
    }

    /// <summary>The non-blank pieces of <paramref name="span"/> between the separators, each trimmed.</summary>
    private static IEnumerable<TextSpan> Split(string text, TextSpan span, string separators)
    {
        var start = span.Start;
        for (var at = span.Start; at <= span.End; at++)
        {
            if (at < span.End && separators.IndexOf(text[at]) < 0)
                continue;
            var (from, to) = (start, at);
            while (from < to && char.IsWhiteSpace(text[from]))
                from++;
            while (to > from && char.IsWhiteSpace(text[to - 1]))
                to--;
            if (to > from)
                yield return new TextSpan(from, to);
            start = at + 1;
        }
    }

    /// <summary>
    /// The year a paragraph last named before a place in it, for places visited in text order: the
    /// body's years are read once, and a cursor moves forward through them.
    /// </summary>
    private sealed class YearTrail(string body)
    {
        private readonly IReadOnlyList<(int Start, int End, int Year)> _mentions = ReportYear.Mentions(body);
        private int _next;

        /// <param name="from">Where the years that count start (the paragraph, or its look back): a year named before does not count.</param>
        /// <param name="position">Where the figure's clause starts; never before the last call's.</param>
        public int? LastBefore(int from, int position)
        {
            while (_next < _mentions.Count && _mentions[_next].End <= position)
                _next++;
            return _next > 0 && _mentions[_next - 1].Start >= from ? _mentions[_next - 1].Year : null;
        }
    }

    /// <summary>
    /// Which of the article's places a position in the body speaks of: its only one, or in a roundup
    /// the one named last before it — by a full name anywhere, or at the opening of a paragraph.
    /// </summary>
    private sealed class PlaceTrail
    {
        private readonly Place? _only;
        private readonly (int At, Place Place)[] _marks = [];

        /// <param name="body">The article's body as the rules read it (<see cref="TextKey"/>).</param>
        public PlaceTrail(Article article, string body)
        {
            if (article.Places.Count == 1)
            {
                _only = article.Places[0];
                return;
            }
            // A name counts when it means one of the article's places (or, for an article with none, one place at all).
            Place? Mark(IReadOnlyList<Place> candidates) => article.Places.Count == 0
                ? Gazetteer.Choose(candidates, [])
                : candidates.SingleOrDefault(article.Places.Contains);
            var mentions = PlaceMentions.In(body).Select(mention => (mention.Start, Place: Mark(mention.Places)));
            var openings = Split(body, new TextSpan(0, body.Length), "\n")
                .Select(paragraph => (paragraph.Start, Place: PlaceMentions.AtStart(paragraph.Of(body)) is { } opening ? Mark(opening.Places) : null));
            _marks = [.. mentions.Concat(openings).Where(mark => mark.Place is not null).Select(mark => (mark.Start, mark.Place!)).OrderBy(mark => mark.Start)];
        }

        public Place? At(int position)
        {
            if (_only is not null)
                return _only;
            // The last mark at or before the position, by binary search: a roundup names many places.
            int low = 0, high = _marks.Length;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (_marks[middle].At <= position)
                    low = middle + 1;
                else
                    high = middle;
            }
            return low > 0 ? _marks[low - 1].Place : null;
        }
    }
}
