using Lucene.Net.Analysis;

namespace Search.Analysis.Filters;

/// <summary>
/// Merges runs of adjacent tokens that together spell a user-dictionary word (<c>上</c> + <c>合</c> →
/// <c>上合</c>). From each token the longest word is taken, unless a word overlapping its end is more
/// frequent (<c>上|合|作</c> with 上合 and 合作: the more frequent one wins). The merged token keeps the
/// first token's position, so a query and a document analysed alike stay comparable. Only tokens that
/// touch in the text and follow each other in position are merged.
/// </summary>
internal sealed class UserWordFilter(TokenStream input, UserDictionary dictionary) : BufferedTokenFilter(input)
{
    protected override void Rewrite(TokenList buffer)
    {
        var tokens = buffer.Tokens;
        Span<char> scratch = stackalloc char[dictionary.MaxLength];
        var write = 0;
        for (var read = 0; read < tokens.Count; write++)
        {
            var match = LongestWordAt(buffer, read, scratch);
            if (match.Last > read && !LosesToOverlap(buffer, read, match, scratch))
            {
                var first = tokens[read];
                var text = Concatenate(buffer, read, match.Last, scratch);
                tokens[write] = new TokenList.Entry(buffer.Store(text), text.Length, first.Start, tokens[match.Last].End, first.Position);
                read = match.Last + 1;
            }
            else
            {
                tokens[write] = tokens[read++];
            }
        }
        tokens.RemoveRange(write, tokens.Count - write);
    }

    private readonly record struct Match(int Last, int Frequency);

    /// <summary>The longest word spelled by tokens[start..Last]; Last = start when there is none.</summary>
    private Match LongestWordAt(TokenList buffer, int start, Span<char> scratch)
    {
        var tokens = buffer.Tokens;
        var best = new Match(start, 0);
        var length = 0;
        for (var i = start; i < tokens.Count; i++)
        {
            var term = buffer.Term(tokens[i]);
            var touches = i == start || (tokens[i].Start == tokens[i - 1].End && tokens[i].Position == tokens[i - 1].Position + 1);
            if (!touches || length + term.Length > scratch.Length)
                break;
            term.CopyTo(scratch[length..]);
            length += term.Length;
            if (!dictionary.IsPrefix(scratch[..length]))
                break; // most tokens begin no word at all: one lookup settles them
            if (i > start && dictionary.Frequency(scratch[..length]) is { } frequency)
                best = new Match(i, frequency);
        }
        return best;
    }

    private bool LosesToOverlap(TokenList buffer, int start, Match match, Span<char> scratch)
    {
        for (var inner = start + 1; inner <= match.Last; inner++)
        {
            var other = LongestWordAt(buffer, inner, scratch);
            if (other.Last > match.Last && other.Frequency > match.Frequency)
                return true;
        }
        return false;
    }

    private static ReadOnlySpan<char> Concatenate(TokenList buffer, int first, int last, Span<char> scratch)
    {
        var length = 0;
        for (var i = first; i <= last; i++)
        {
            var term = buffer.Term(buffer.Tokens[i]);
            term.CopyTo(scratch[length..]);
            length += term.Length;
        }
        return scratch[..length];
    }
}
