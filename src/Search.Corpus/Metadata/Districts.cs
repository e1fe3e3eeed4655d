
namespace Search.Corpus.Metadata;

/// <summary>
/// Qingdao's ten districts and county-level cities, with the short forms and aliases newspapers use.
/// </summary>
public static class Districts
{
    /// <summary>Canonical names in the order facets list them.</summary>
    public static readonly IReadOnlyList<string> All =
        ["市南区", "市北区", "李沧区", "崂山区", "西海岸新区", "城阳区", "即墨区", "胶州市", "平度市", "莱西市"];

    private static readonly Dictionary<string, int> Ordinals = All.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i);

    /// <summary>The canonical name's place in <see cref="All"/>, or -1.</summary>
    public static int IndexOf(string canonical) => Ordinals.GetValueOrDefault(canonical, -1);

    /// <summary>Names that always mean a district wherever they stand in running text.</summary>
    private static readonly (string Name, string District)[] FullNames =
    [
        .. All.Select(name => (name, name)),
        ("黄岛区", "西海岸新区"),
        ("上合示范区", "胶州市"),
    ];

    /// <summary>Short forms: reliable in a label line or a headline prefix, too ambiguous in running text.</summary>
    private static readonly (string Name, string District)[] ShortNames =
    [
        ("市南", "市南区"), ("市北", "市北区"), ("李沧", "李沧区"), ("崂山", "崂山区"), ("西海岸", "西海岸新区"),
        ("黄岛", "西海岸新区"), ("城阳", "城阳区"), ("即墨", "即墨区"), ("胶州", "胶州市"), ("平度", "平度市"),
        ("莱西", "莱西市"), ("上合", "胶州市"),
    ];

    private static readonly Dictionary<string, string> ByAnyName =
        FullNames.Concat(ShortNames).ToDictionary(pair => pair.Name, pair => pair.District);

    /// <summary>The canonical name for a full name, short form or alias (<c>平度</c> → <c>平度市</c>), or null.</summary>
    public static string? Canonical(string name) => ByAnyName.GetValueOrDefault(TextKey.Of(name.Trim()));

    /// <summary>The district whose name (full or short) the text starts with, e.g. a headline <c>崂山区：…</c>.</summary>
    public static string? AtStart(string text)
    {
        text = TextKey.Of(text);
        string? best = null;
        var bestLength = 0;
        foreach (var (name, district) in FullNames.Concat(ShortNames))
        {
            if (name.Length > bestLength && text.StartsWith(name, StringComparison.Ordinal))
                (best, bestLength) = (district, name.Length);
        }
        return best;
    }

    /// <summary>Every district named in running text by a full name or alias, in canonical order.</summary>
    public static IReadOnlyList<string> MentionedIn(string text)
    {
        text = TextKey.Of(text);
        return InCanonicalOrder(FullNames.Where(pair => Mentions(text, pair.Name)).Select(pair => pair.District));
    }

    /// <summary>Every name a district goes by: full names, aliases and short forms.</summary>
    public static IEnumerable<string> AllNames => FullNames.Concat(ShortNames).Select(pair => pair.Name);

    /// <summary>Each mention of a district by a full name or alias, with where it stands, in text order.</summary>
    public static IEnumerable<(int At, string District)> MentionsWithPlaces(string text)
    {
        text = TextKey.Of(text);
        return FullNames
            .SelectMany(pair => PlacesOf(text, pair.Name).Select(at => (at, pair.District)))
            .OrderBy(mention => mention.at);
    }

    /// <summary>The district named first in the text, trying full names before short forms.</summary>
    public static string? FirstMentionedIn(string text)
    {
        text = TextKey.Of(text);
        var first = FirstOf(text, FullNames);
        return first ?? FirstOf(text, ShortNames);
    }

    public static IReadOnlyList<string> InCanonicalOrder(IEnumerable<string> districts)
    {
        var set = districts.ToHashSet();
        return All.Where(set.Contains).ToList();
    }

    private static string? FirstOf(string text, (string Name, string District)[] names)
    {
        string? first = null;
        var firstAt = int.MaxValue;
        foreach (var (name, district) in names)
        {
            var at = IndexOfMention(text, name, 0);
            if (at >= 0 && at < firstAt)
                (first, firstAt) = (district, at);
        }
        return first;
    }

    private static bool Mentions(string text, string name) => IndexOfMention(text, name, 0) >= 0;

    private static IEnumerable<int> PlacesOf(string text, string name)
    {
        for (var at = IndexOfMention(text, name, 0); at >= 0; at = IndexOfMention(text, name, at + name.Length))
            yield return at;
    }

    /// <summary>
    /// Finds <paramref name="name"/> as a name, not as the tail of a longer word: 市南区 inside 城市南区
    /// ("the city's southern area") is not the district.
    /// </summary>
    private static int IndexOfMention(string text, string name, int from)
    {
        for (var at = text.IndexOf(name, from, StringComparison.Ordinal); at >= 0;
             at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var glued = name[0] == '市' && at > 0 && text[at - 1] == '城';
            if (!glued)
                return at;
        }
        return -1;
    }
}
