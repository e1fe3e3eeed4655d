using System.Text.RegularExpressions;

namespace Search.Corpus.Figures;

/// <summary>Which part of a work report a paragraph is in: what a figure there speaks of.</summary>
internal enum ReportPart
{
    /// <summary>No numbered sections (a newspaper page): each sentence says for itself whether it looks back.</summary>
    Unknown,

    /// <summary>The review of the past year (一、2024年工作回顾): figures are its results.</summary>
    Review,

    /// <summary>This year's targets and tasks (二、2025年目标任务…) and what follows: figures are its targets.</summary>
    Plan,
}

/// <summary>
/// A full work report is numbered in parts: first the review of the past year, then this year's
/// goals and tasks, then the government's own work. A part opens with a heading line
/// (<c>一、2024年工作回顾</c>, <c>二、2025年目标任务和重点工作</c>); the first part is the review
/// unless its heading speaks of the report's own year without looking back, every later one is the
/// plan. Text before the first heading (the salutation) and a body without headings are
/// <see cref="ReportPart.Unknown"/>.
/// </summary>
internal static partial class ReportParts
{
    /// <param name="paragraphs">The body's paragraphs, in order.</param>
    /// <returns>The part of each paragraph.</returns>
    public static ReportPart[] Of(string body, IReadOnlyList<TextSpan> paragraphs, int? reportYear)
    {
        var parts = new ReportPart[paragraphs.Count];
        var current = ReportPart.Unknown;
        var headings = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var text = paragraphs[i].Of(body);
            if (text.Length <= MaxHeadingLength && Heading().IsMatch(text))
            {
                headings++;
                current = LooksBack().IsMatch(text) || (reportYear is { } year && text.Contains($"{year - 1}年", StringComparison.Ordinal)) ? ReportPart.Review
                    : headings == 1 && !(reportYear is { } own && text.Contains($"{own}年", StringComparison.Ordinal)) ? ReportPart.Review
                    : ReportPart.Plan;
            }
            parts[i] = current;
        }
        return parts;
    }

    /// <summary>A heading is a line, not a paragraph: longer than this, a numbered line is running text (一、二、三产业…).</summary>
    private const int MaxHeadingLength = 40;

    [GeneratedRegex("^[一二三四五六七八九十]{1,3}、[^。；;]*$")]
    private static partial Regex Heading();

    [GeneratedRegex("回顾|过去")]
    private static partial Regex LooksBack();
}
