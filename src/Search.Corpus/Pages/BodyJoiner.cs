using System.Text.RegularExpressions;

namespace Search.Corpus.Pages;

/// <summary>
/// Mends paragraphs that newspaper layout broke apart: a paragraph that stops without ending its
/// sentence continues in the next one (<c>加</c> + <c>强污染防治…</c>), and a short standalone sentence
/// printed between the two halves (<c>崂山区发展日新月异。</c>) is a photo caption, not body text.
/// </summary>
internal static partial class BodyJoiner
{
    private const int MaxStandaloneCaptionLength = 30;
    private const int MaxSectionHeadingLength = 25;

    public sealed record Result(IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Captions);

    /// <param name="mayHaveCaptions">
    /// False for a full work report: it has no photos, so a short sentence between two halves of a
    /// paragraph is the report's own text (a line its source lost words around), kept where it stands.
    /// </param>
    public static Result Join(IReadOnlyList<DraftArticle.Paragraph> paragraphs, bool mayHaveCaptions = true)
    {
        var joined = new List<DraftArticle.Paragraph>();
        var captions = new List<string>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            if (joined.Count > 0 && IsUnfinished(joined[^1]))
            {
                var before = joined[^1];
                if (mayHaveCaptions && IsStandaloneSentence(paragraph) && i + 1 < paragraphs.Count && IsContinuationOf(before, paragraphs[i + 1]))
                {
                    captions.Add(paragraph.Text);
                    continue;
                }
                if (Continues(before, paragraph))
                {
                    joined[^1] = before with { Text = before.Text + paragraph.Text };
                    continue;
                }
            }
            joined.Add(paragraph);
        }
        return new Result(joined.Select(paragraph => paragraph.Text).ToList(), captions);
    }

    private static bool IsUnfinished(DraftArticle.Paragraph paragraph) =>
        !paragraph.IsSectionHeading && !Punctuation.EndsSentence(paragraph.Text) && !Punctuation.EndsWithColon(paragraph.Text)
        && !NumberedHeading().IsMatch(paragraph.Text);

    /// <summary>
    /// A report's numbered part (<c>一、牢记殷殷嘱托，在接续奋斗中新福建建设取得新成效</c>): a line of its own
    /// even when the paragraph after it opens with what could be the rest of a word (<c>2024年是…</c>),
    /// and never the end of a paragraph before it that lacks its full stop (<c>…请全国政协委员提出意见</c>).
    /// </summary>
    [GeneratedRegex("^[一二三四五六七八九十]{1,3}、[^。！？!?；;]{1,40}$")]
    private static partial Regex NumberedHeading();

    /// <summary>
    /// Whether <paramref name="next"/> carries on the unfinished <paramref name="before"/>. A long or
    /// comma-ended paragraph always does; a short line that could be an unpunctuated section heading
    /// (<c>扛牢国之重任,加快拓展一体发展新成果</c>) continues only when the next line opens with the rest
    /// of a word (<c>强链固链，加快先进制造业发</c> + <c>展。…</c>).
    /// </summary>
    private static bool Continues(DraftArticle.Paragraph before, DraftArticle.Paragraph next) =>
        !next.IsSectionHeading && !NumberedHeading().IsMatch(next.Text) && !Salutation().IsMatch(next.Text)
        && (!MightBeSectionHeading(before.Text) || Punctuation.StartsWithScrap(next.Text));

    /// <summary>A report's address to the congress (<c>各位代表：</c>): its own paragraph, never the end of the dateline above it.</summary>
    [GeneratedRegex("^(?:各位代表|同志们|各位委员|代表们)[：:！!，,]?$")]
    private static partial Regex Salutation();

    /// <summary>
    /// Stricter than <see cref="Continues"/>, for deciding that the sentence between two paragraphs is a
    /// caption: the paragraph after it must read as body text, not as the next section's heading.
    /// </summary>
    private static bool IsContinuationOf(DraftArticle.Paragraph before, DraftArticle.Paragraph next) =>
        Continues(before, next) && !MightBeSectionHeading(next.Text);

    private static bool MightBeSectionHeading(string text) =>
        text.Length <= MaxSectionHeadingLength &&
        !Punctuation.HasSentenceEnd(text) &&
        !Punctuation.EndsWithPause(text) &&
        Punctuation.CountPauses(text) <= 1;

    private static bool IsStandaloneSentence(DraftArticle.Paragraph paragraph) =>
        !paragraph.IsSectionHeading &&
        !Punctuation.StartsWithScrap(paragraph.Text) &&
        paragraph.Text.Length <= MaxStandaloneCaptionLength &&
        Punctuation.CountSentenceEnds(paragraph.Text) == 1 &&
        Punctuation.EndsSentence(paragraph.Text);
}
