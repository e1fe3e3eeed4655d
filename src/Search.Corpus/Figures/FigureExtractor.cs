using Search.Corpus.Metadata;
using Search.Hanzi;

namespace Search.Corpus.Figures;

/// <summary>
/// Finds the key figures of a work report in an article's body: each clause that names an
/// indicator (<see cref="Indicators"/>) and goes on with a figure gives one fact, and a clause that
/// leaves the indicator out but opens with a figure (<c>…完成1150.89亿元,增长7%</c>) takes the
/// indicator of the clause before it in the sentence. The year is the last one the paragraph names
/// before the figure, else the article's; a year before the report's is a result, the report's own
/// a target. The district is the article's, or in a roundup the one named last before the figure.
/// </summary>
public static class FigureExtractor
{
    public static IReadOnlyList<KeyFigure> Extract(Article article)
    {
        // Read in simplified characters, so a report printed in traditional ones gives the same
        // figures; positions hold (the fold is one unit for one), and text is taken from the original.
        var original = article.Body;
        var body = TraditionalChinese.Simplify(original);
        var districts = new DistrictTrail(article);
        var figures = new List<KeyFigure>();
        foreach (var paragraph in Split(body, new TextSpan(0, body.Length), "\n"))
        {
            foreach (var sentence in Split(body, paragraph, "。！？!?"))
            {
                (Indicator Indicator, string Label)? subject = null;
                foreach (var clause in Split(body, sentence, "，,；;：:"))
                {
                    var text = clause.Of(body);
                    if (Named(text) is { } named)
                    {
                        subject = (named.Indicator, original.Substring(clause.Start + named.At, named.Name.Length));
                        Add(clause.Start + named.At, named.Name.Length, named.Reading);
                    }
                    else if (subject is not null && FigureText.OpeningClause(text) is { } reading)
                    {
                        Add(clause.Start, 0, reading);
                    }
                    else
                    {
                        subject = null;
                    }

                    void Add(int start, int before, FigureText.Reading reading)
                    {
                        var figure = new TextSpan(start, start + before + reading.Length);
                        var district = districts.At(figure.Start);
                        var when = When(article, ReportYear.LastMentionedIn(body[paragraph.Start..clause.Start]), sentence.Of(body));
                        if (district is null || when is not { } known)
                            return;
                        figures.Add(new KeyFigure(article.Id, district, known.Year, known.Kind, subject.Value.Indicator.Name, subject.Value.Label,
                            reading.Measure, reading.Value, reading.Unit, reading.Qualifier, figure, sentence, sentence.Of(original)));
                    }
                }
            }
        }
        return figures;
    }

    /// <summary>The indicator a clause names, when only framing words stand before the name and a figure follows it.</summary>
    private static (Indicator Indicator, int At, string Name, FigureText.Reading Reading)? Named(string clause)
    {
        if (Indicators.FirstIn(clause) is not { } found || !FigureText.OnlyFrames(clause[..found.At]))
            return null;
        return FigureText.AfterName(clause[(found.At + found.Name.Length)..]) is { } reading
            ? (found.Indicator, found.At, found.Name, reading)
            : null;
    }

    /// <summary>
    /// The year a figure is for and whether it is a target. Reports look back on last year and set
    /// this year's goals: a year named before the report's is a result; without a year named, the
    /// figure is the report year's target unless the sentence looks back (<c>去年</c>, <c>回顾</c>).
    /// </summary>
    private static (int Year, FigureKind Kind)? When(Article article, int? named, string sentence)
    {
        var looksBack = LookingBack.Any(word => sentence.Contains(word, StringComparison.Ordinal));
        if (named is { } year)
            return (year, (article.Year is { } report ? year < report : looksBack) ? FigureKind.Result : FigureKind.Target);
        if (article.Year is not { } reportYear)
            return null;
        return looksBack ? (reportYear - 1, FigureKind.Result) : (reportYear, FigureKind.Target);
    }

    private static readonly string[] LookingBack = ["去年", "上年", "过去一年", "回顾"];

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

    /// <summary>Which district a place in the body speaks of: the article's only one, or in a roundup the one named last before it.</summary>
    private sealed class DistrictTrail
    {
        private readonly string? _only;
        private readonly List<(int At, string District)> _marks = [];

        public DistrictTrail(Article article)
        {
            if (article.Districts.Count == 1)
            {
                _only = article.Districts[0];
                return;
            }
            // Read in simplified characters, so a report printed in traditional ones gives the same
            // figures; positions hold (the fold is one unit for one), and text is taken from the original.
            var original = article.Body;
            var body = TraditionalChinese.Simplify(original);
            var paragraphStarts = Split(body, new TextSpan(0, body.Length), "\n")
                .Select(paragraph => (paragraph.Start, District: Districts.AtStart(paragraph.Of(body))))
                .Where(start => start.District is not null)
                .Select(start => (start.Start, start.District!));
            _marks = [.. Districts.MentionsWithPlaces(body).Concat(paragraphStarts)
                .Where(mark => article.Districts.Count == 0 || article.Districts.Contains(mark.Item2))
                .OrderBy(mark => mark.Item1)];
        }

        public string? At(int position)
        {
            if (_only is not null)
                return _only;
            string? last = null;
            foreach (var (at, district) in _marks)
            {
                if (at > position)
                    break;
                last = district;
            }
            return last;
        }
    }
}
