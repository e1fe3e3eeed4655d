namespace Search.Tests;

/// <summary>
/// Simplified text written in traditional characters as OpenCC's s2t writes it, one character for
/// one (its first choice: 发 → 發, 干 → 幹): the table tests/Data/SimplifiedToTraditional.txt that
/// tools/tables/tables.sh generates from OpenCC's STCharacters.
/// </summary>
public static class OpenCcTraditional
{
    private static readonly Dictionary<string, string> Table = Load();

    public static string From(string simplified)
    {
        var written = new System.Text.StringBuilder(simplified.Length);
        foreach (var rune in simplified.EnumerateRunes())
        {
            var character = rune.ToString();
            written.Append(Table.GetValueOrDefault(character, character));
        }
        return written.ToString();
    }

    private static Dictionary<string, string> Load()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(RepositoryRoot.Combine("tests", "Data", "SimplifiedToTraditional.txt")))
        {
            if (line.StartsWith('#') || line.Length == 0)
                continue;
            var runes = line.EnumerateRunes().ToList();
            table[runes[0].ToString()] = runes[1].ToString();
        }
        return table;
    }
}
