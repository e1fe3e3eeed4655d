namespace Search.Hanzi;

/// <summary>
/// A mapping of every character of the basic plane to one character: a 64K table, looked up once
/// per character. Mapping a text keeps its length, so a place in the mapped text is the same place
/// in the original.
/// </summary>
public sealed class CharacterMap
{
    private readonly char[] _table = new char[char.MaxValue + 1];

    /// <param name="map">Each character's image; called once per character when the map is made.</param>
    public CharacterMap(Func<char, char> map)
    {
        for (var code = 0; code <= char.MaxValue; code++)
            _table[code] = map((char)code);
    }

    public char this[char c] => _table[c];

    /// <summary>The text with every character mapped; the text itself, not a copy, when the map changes none of them.</summary>
    public string Apply(string text)
    {
        var first = 0;
        while (first < text.Length && _table[text[first]] == text[first])
            first++;
        return first == text.Length ? text : string.Create(text.Length, (text, first, _table), static (mapped, state) =>
        {
            state.text.AsSpan(0, state.first).CopyTo(mapped);
            for (var i = state.first; i < state.text.Length; i++)
                mapped[i] = state._table[state.text[i]];
        });
    }
}
