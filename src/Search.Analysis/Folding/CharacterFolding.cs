using System.Buffers;
using Search.Hanzi;

namespace Search.Analysis.Folding;

/// <summary>
/// How the index normalises single characters: full-width ASCII to ASCII, Latin upper case to lower
/// case, and, when <see cref="FoldsTraditional"/>, traditional Chinese to simplified
/// (<see cref="TraditionalChinese"/>). Matching, highlighting and suggestions must fold alike, or
/// what is found would not be what is marked: this is the one place that says how. Every fold is
/// one UTF-16 unit for one, so offsets into a folded text are offsets into the original; the whole
/// fold is one table of the basic plane, looked up once per character.
/// </summary>
public sealed class CharacterFolding
{
    /// <summary>Width, case and traditional characters: what the index folds unless told otherwise.</summary>
    public static CharacterFolding Default { get; } = new(foldTraditional: true);

    /// <summary>Width and case only (<c>Search:FoldTraditional=false</c>).</summary>
    public static CharacterFolding WidthAndCase { get; } = new(foldTraditional: false);

    public static CharacterFolding Of(bool foldTraditional) => foldTraditional ? Default : WidthAndCase;

    private readonly char[] _table = new char[char.MaxValue + 1];

    private CharacterFolding(bool foldTraditional)
    {
        FoldsTraditional = foldTraditional;
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            if (c is >= '\uFF01' and <= '\uFF5E')
                c = (char)(c - 0xFEE0);
            if (c is >= 'A' and <= 'Z')
                c = (char)(c + 0x20);
            _table[code] = foldTraditional ? TraditionalChinese.Simplified(c) : c;
        }
        Changed = SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(code => (char)code)
            .Where(c => IsSkipped(c) || _table[c] != c)]);
    }

    public bool FoldsTraditional { get; }

    /// <summary>The characters this folding changes or drops: a text without any is its own fold.</summary>
    public SearchValues<char> Changed { get; }

    public char Fold(char c) => _table[c];

    /// <summary>White space and control characters are not part of the text a user searches for.</summary>
    /// <remarks>
    /// Every white space and control character lies at or below U+3000 (the ideographic space), and
    /// nearly every character of Chinese text lies above it: one comparison answers for those, where
    /// <see cref="char.IsWhiteSpace(char)"/> would look up the Unicode category of each.
    /// </remarks>
    public static bool IsSkipped(char c) => c <= '\u3000' && (char.IsWhiteSpace(c) || (char.IsControl(c) && !char.IsSurrogate(c)));

    /// <summary>A string as the recall representation sees it: skipped characters out, the rest folded.</summary>
    public string Normalize(string text) => string.Create(text.Count(c => !IsSkipped(c)), (text, this), static (normalized, state) =>
    {
        var at = 0;
        foreach (var c in state.text)
        {
            if (!IsSkipped(c))
                normalized[at++] = state.Item2._table[c];
        }
    });

    /// <summary>Each character folded, none dropped: the same length, the same offsets.</summary>
    public string FoldEach(string text) => string.Create(text.Length, (text, this), static (folded, state) =>
    {
        for (var i = 0; i < state.text.Length; i++)
            folded[i] = state.Item2._table[state.text[i]];
    });
}
