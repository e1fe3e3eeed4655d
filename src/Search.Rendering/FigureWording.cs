using System.Globalization;
using Search.Corpus.Figures;

namespace Search.Rendering;

/// <summary>How a figure reads in a table or a chart label: as the report words it (<c>6.5%左右</c>, <c>不低于5%</c>, <c>与经济增长同步</c>).</summary>
public static class FigureWording
{
    /// <summary>Qualifiers written before the number; the rest (左右, 以上 …) come after it.</summary>
    private static readonly HashSet<string> Before = ["不低于", "不少于", "不高于", "超过", "约", "力争"];

    public static string Value(KeyFigure figure) => string.Concat(ValueLines(figure));

    /// <summary>
    /// <see cref="Value"/> in its parts, in reading order — a qualifier written before the number, the
    /// number with its unit, a qualifier after it — for a chart label that stacks them rather than widening its bar.
    /// </summary>
    public static IReadOnlyList<string> ValueLines(KeyFigure figure)
    {
        if (figure.Value is not { } value)
            return [figure.Qualifier ?? ""];
        var number = value.ToString(CultureInfo.InvariantCulture)
            + (figure.ValueHigh is { } high ? "—" + high.ToString(CultureInfo.InvariantCulture) : "") + figure.Unit;
        return figure.Qualifier is not { } qualifier ? [number]
            : Before.Contains(qualifier) ? [qualifier, number]
            : [number, qualifier];
    }

    /// <summary>目标 (a year's goal) or 实际 (what it reached).</summary>
    public static string Kind(FigureKind kind) => kind == FigureKind.Target ? "目标" : "实际";

    /// <summary>增速 or 总量.</summary>
    public static string Measure(FigureMeasure measure) => measure == FigureMeasure.Growth ? "增速" : "总量";

    /// <summary>An indicator with its measure, as a table's row reads: 地区生产总值增速, 实际使用外资总量; a rate by its name alone (城镇调查失业率).</summary>
    public static string Label(string indicator, FigureMeasure measure) =>
        Indicators.Named(indicator) is { Rate: true } && measure == FigureMeasure.Amount ? indicator : indicator + Measure(measure);
}
