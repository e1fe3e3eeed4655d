using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Search.Analysis.Folding;

namespace Search.Analysis.Filters;

/// <summary>
/// Keeps numbers searchable the way people type them. SmartCn splits <c>6.5%</c> into <c>6</c> and
/// <c>5</c>, <c>5G</c> into <c>5</c> and <c>g</c>, <c>2024年</c> into <c>2024</c> and <c>年</c>; this adds the
/// whole expression (<c>6.5%</c>, <c>5g</c>, <c>2024年</c>, <c>1150.89</c>) as one more token at the
/// position of its first part, spanning all of it, and leaves SmartCn's tokens as they are.
/// Full-width digits and letters are folded and Latin letters lower-cased, as SmartCn does.
/// </summary>
internal sealed partial class NumbersAsTypedFilter(TokenStream input, SourceText source) : BufferedTokenFilter(input)
{
    protected override void Rewrite(TokenList buffer)
    {
        var tokens = buffer.Tokens;
        if (tokens.Count == 0)
            return;
        // Width and case matter to numbers; the text was simplified before SmartCn read it, if at all.
        var folded = CharacterFolding.WidthAndCase.FoldEach(source.Text);
        var additions = new List<(int Index, TokenList.Entry Token)>();
        var next = 0;
        foreach (Match match in Expression().Matches(folded))
        {
            var matchEnd = match.Index + match.Length;
            while (next < tokens.Count && tokens[next].Start < match.Index)
                next++;
            var last = next;
            while (last < tokens.Count && tokens[last].End <= matchEnd)
                last++;
            // Worth adding when SmartCn's tokens start where the number does but do not already spell it
            // as one token (the % of 6.5% was dropped as punctuation, so the last part may end early).
            var startsWithNumber = last > next && tokens[next].Start == match.Index;
            var alreadyWhole = last - next == 1 && tokens[next].End == matchEnd;
            if (startsWithNumber && !alreadyWhole)
            {
                var term = folded.AsSpan(match.Index, match.Length);
                additions.Add((next + 1, new TokenList.Entry(buffer.Store(term), term.Length, match.Index, matchEnd, tokens[next].Position)));
            }
        }
        if (additions.Count > 0)
            Merge(tokens, additions);
    }

    /// <summary>
    /// Puts each addition before the token at its index, in one pass: inserting them one by one
    /// would move the rest of the list each time, quadratic in a long text full of numbers.
    /// </summary>
    private static void Merge(List<TokenList.Entry> tokens, List<(int Index, TokenList.Entry Token)> additions)
    {
        var merged = new List<TokenList.Entry>(tokens.Count + additions.Count);
        var next = 0;
        foreach (var (index, token) in additions)
        {
            while (next < index)
                merged.Add(tokens[next++]);
            merged.Add(token);
        }
        while (next < tokens.Count)
            merged.Add(tokens[next++]);
        tokens.Clear();
        tokens.AddRange(merged);
    }

    /// <summary>Digits with an optional decimal part, then a percent or per-mille sign, Latin letters (5g) or 年.</summary>
    [GeneratedRegex(@"(?<![0-9a-z.])[0-9]+(?:\.[0-9]+)?(?:%|‰|[a-z]+|年)?(?![0-9])")]
    private static partial Regex Expression();
}
