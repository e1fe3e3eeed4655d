using System.Buffers;
using Search.Analysis.Folding;

namespace Search.Engine.Highlighting;

/// <summary>
/// A text as the recall representation sees it — white space out, full-width folded, lower-cased,
/// traditional simplified if the index does (<see cref="CharacterFolding"/>) — with the way back
/// to offsets in the original. Folding runs on the body of every hit of every search, so it copies
/// the stretches that need no change in bulk, found by a vectorised search for the few characters
/// that do, and remembers where each stretch began instead of an offset per character. The folded
/// text lives in a pooled buffer until the folded text is disposed: it is searched, never kept, and
/// a string of it was a seventh of what a search allocated.
/// </summary>
internal sealed class FoldedText : IDisposable
{
    private readonly string _original;
    private char[]? _buffer;
    private readonly int _length;

    /// <summary>Where each stretch copied from one run of the original starts, folded and original; in order.</summary>
    private readonly List<(int Folded, int Original)> _stretches;

    private FoldedText(string original, char[] buffer, int length, List<(int Folded, int Original)> stretches)
    {
        _original = original;
        _buffer = buffer;
        _length = length;
        _stretches = stretches;
    }

    public ReadOnlySpan<char> Text => (_buffer ?? throw new ObjectDisposedException(nameof(FoldedText))).AsSpan(0, _length);

    public void Dispose()
    {
        if (_buffer is { } buffer)
            ArrayPool<char>.Shared.Return(buffer);
        _buffer = null;
    }

    public static FoldedText Of(string original, CharacterFolding folding)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, original.Length));
        try
        {
            var stretches = new List<(int Folded, int Original)>();
            var length = 0;
            var inStretch = false;
            for (var at = 0; at < original.Length;)
            {
                var unchanged = original.AsSpan(at).IndexOfAny(folding.Changed) is var next and >= 0 ? next : original.Length - at;
                if (unchanged > 0)
                {
                    if (!inStretch)
                        stretches.Add((length, at));
                    inStretch = true;
                    original.AsSpan(at, unchanged).CopyTo(buffer.AsSpan(length));
                    length += unchanged;
                    at += unchanged;
                    continue;
                }
                var c = original[at++];
                if (CharacterFolding.IsSkipped(c))
                {
                    inStretch = false;
                    continue;
                }
                if (!inStretch)
                    stretches.Add((length, at - 1));
                inStretch = true;
                buffer[length++] = folding.Fold(c);
            }
            return new FoldedText(original, buffer, length, stretches);
        }
        catch
        {
            ArrayPool<char>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>
    /// The offset in the original of the folded unit at <paramref name="folded"/>; the second half of
    /// a surrogate pair answers with the pair's start, so a mark never splits a character.
    /// </summary>
    public int Original(int folded)
    {
        int low = 0, high = _stretches.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) >>> 1;
            if (_stretches[middle].Folded <= folded)
                low = middle;
            else
                high = middle - 1;
        }
        var original = _stretches[low].Original + folded - _stretches[low].Folded;
        return char.IsLowSurrogate(_original[original]) && original > 0 && char.IsHighSurrogate(_original[original - 1]) ? original - 1 : original;
    }
}
