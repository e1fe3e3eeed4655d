using Search.Places;

namespace Search.Corpus.Figures;

/// <summary>Whether a figure is a year's goal or what a past year reached.</summary>
public enum FigureKind
{
    Target,
    Result,
}

/// <summary>A growth rate (in %) or an absolute amount (亿元, 万人 …) of an indicator: two facts, never one.</summary>
public enum FigureMeasure
{
    Growth,
    Amount,
}

/// <summary>A stretch [Start, End) of an article's body.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public string Of(string text) => text[Start..End];
}

/// <summary>
/// One figure of a work report, as a fact: the place and year it is for, target or result,
/// the indicator by its canonical name (<see cref="Indicators"/>) and as the text wrote it, the
/// number with its unit and qualifier, and where it stands in the article's body.
/// </summary>
/// <param name="Value">Null for a figure that is only a relation (<c>与经济增长同步</c>).</param>
/// <param name="Unit"><c>%</c> for a growth rate; <c>亿元</c>, <c>万人</c>, <c>亿美元</c> … for an amount; null with no value.</param>
/// <param name="Qualifier">As written: <c>左右</c>, <c>以上</c>, <c>不低于</c>, <c>与经济增长基本同步</c> …</param>
/// <param name="Figure">The figure in the body: from the indicator's name (or, for a clause that leaves it out, the verb) to the end of the qualifier.</param>
/// <param name="Sentence">The sentence holding it.</param>
/// <param name="SentenceText">That sentence's text, so a figure can be shown without its article.</param>
public sealed record KeyFigure(
    string ArticleId,
    Place Place,
    int Year,
    FigureKind Kind,
    string Indicator,
    string Label,
    FigureMeasure Measure,
    decimal? Value,
    string? Unit,
    string? Qualifier,
    TextSpan Figure,
    TextSpan Sentence,
    string SentenceText)
{
    /// <summary>The upper end of a range (<c>5.5%-6%</c>: <see cref="Value"/> 5.5, this 6); null for one number.</summary>
    public decimal? ValueHigh { get; init; }

    /// <summary>Whether a result is marked as an estimate (<c>预计</c>, <c>初步核算</c>, <c>初步统计</c>).</summary>
    public bool Estimate { get; init; }
}
