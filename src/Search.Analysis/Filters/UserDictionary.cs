using System.Globalization;

namespace Search.Analysis.Filters;

/// <summary>
/// Domain words to keep whole (<c>上合</c>, <c>营商环境</c>, <c>新质生产力</c>): a plain text file, one word
/// per line, optionally followed by a frequency; <c>#</c> starts a comment. The frequency (default 1)
/// only decides between two equally long words that overlap.
/// </summary>
public sealed class UserDictionary
{
    private static readonly Lazy<UserDictionary> Embedded = new(() =>
    {
        using var stream = typeof(UserDictionary).Assembly.GetManifestResourceStream("userdict.txt")
            ?? throw new InvalidOperationException("embedded resource userdict.txt is missing");
        return Parse(new StreamReader(stream));
    });

    private readonly Dictionary<string, int> _frequencies;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixes;

    private UserDictionary(Dictionary<string, int> frequencies)
    {
        _frequencies = frequencies;
        _lookup = frequencies.GetAlternateLookup<ReadOnlySpan<char>>();
        var prefixes = frequencies.Keys.SelectMany(word => Enumerable.Range(1, word.Length).Select(length => word[..length]));
        _prefixes = new HashSet<string>(prefixes, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        MaxLength = frequencies.Keys.Select(word => word.Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>The project's dictionary, src/Search.Analysis/Dictionary/userdict.txt.</summary>
    public static UserDictionary Default => Embedded.Value;

    public IReadOnlyCollection<string> Words => _frequencies.Keys;

    public int MaxLength { get; }

    /// <summary>The word's frequency, or null when it is not in the dictionary.</summary>
    public int? Frequency(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var frequency) ? frequency : null;

    /// <summary>Whether some word begins with <paramref name="text"/> (or is it): if not, no longer text can be a word either.</summary>
    public bool IsPrefix(ReadOnlySpan<char> text) => _prefixes.Contains(text);

    public static UserDictionary Parse(TextReader reader)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var content = line.Split('#', 2)[0].Trim();
            if (content.Length == 0)
                continue;
            var fields = content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var frequency = fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? f : 1;
            words[fields[0]] = frequency;
        }
        return new UserDictionary(words);
    }
}
