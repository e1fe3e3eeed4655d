using Search.Places;

namespace Search.Corpus.Printing;

/// <summary>What a source of articles is: a printed newspaper is what a citation names first.</summary>
public enum PaperKind
{
    Paper,
    Client,
    Site,
    Agency,
}

/// <summary>A newspaper, client, site or agency, and the place it is the paper of.</summary>
public sealed record Paper(string Name, Place Home, PaperKind Kind);

/// <summary>
/// The newspapers, clients and sites the service knows (Papers.txt, kept by hand): to find a masthead,
/// to prefer the printed paper among a byline's names, and to know a paper's home place.
/// </summary>
public static class Papers
{
    private static readonly IReadOnlyDictionary<string, Paper> Table = Load();

    /// <summary>The paper of that name (simplified characters), if known.</summary>
    public static Paper? Named(string name) => Table.GetValueOrDefault(name);

    /// <summary>The known paper whose name the text starts with: a masthead line (<c>青岛日报 聚焦</c>).</summary>
    public static Paper? AtStart(string text)
    {
        Paper? found = null;
        foreach (var paper in Table.Values)
        {
            if (text.StartsWith(paper.Name, StringComparison.Ordinal) && (found is null || paper.Name.Length > found.Name.Length))
                found = paper;
        }
        return found;
    }

    private static Dictionary<string, Paper> Load()
    {
        using var stream = typeof(Papers).Assembly.GetManifestResourceStream("Papers.txt")
            ?? throw new InvalidOperationException("Papers.txt is not embedded in Search.Corpus");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<string, Paper>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var fields = line.Split('\t');
            var home = Gazetteer.ByCode(fields[1]) ?? throw new InvalidDataException($"Papers.txt: {fields[0]}'s home {fields[1]} is no place");
            table[fields[0]] = new Paper(fields[0], home, Enum.Parse<PaperKind>(fields[2], ignoreCase: true));
        }
        return table;
    }
}
