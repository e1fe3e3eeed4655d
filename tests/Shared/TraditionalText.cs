using Search.Hanzi;

namespace Search.Tests;

/// <summary>
/// Simplified text written in traditional characters by the index's own table, run backwards: each
/// simplified character becomes the first (in code point order) traditional character that folds
/// to it. The choice may be a rare variant (乾 for 干), which is fine for a test of folding: every
/// character it writes folds back to the one it came from.
/// </summary>
public static class TraditionalText
{
    private static readonly Dictionary<char, char> Inverse = BuildInverse();

    public static string From(string simplified) => string.Concat(simplified.Select(c => Inverse.GetValueOrDefault(c, c)));

    private static Dictionary<char, char> BuildInverse()
    {
        var inverse = new Dictionary<char, char>();
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var traditional = (char)code;
            var simplified = TraditionalChinese.Simplified(traditional);
            if (simplified != traditional)
                inverse.TryAdd(simplified, traditional);
        }
        return inverse;
    }
}
