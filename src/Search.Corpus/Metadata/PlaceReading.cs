using System.Text.RegularExpressions;
using Search.Places;

namespace Search.Corpus.Metadata;

/// <summary>
/// Which government's work report a text speaks of, read from its words (as <see cref="TextKey"/>
/// folds them): a full report's title (<c>2025年山东省政府工作报告</c>, <c>国务院政府工作报告</c>), the
/// people's congress its dateline names (<c>在青岛市崂山区第十九届人民代表大会第三次会议上</c>), a
/// label line or a headline's prefix (<c>崂山区：…</c>, <c>胶州</c>), or, for a roundup, the places its
/// running text names. A name that may mean several places is settled by the places around it
/// (<see cref="Gazetteer.Choose"/>) or left out: a place is never guessed.
/// </summary>
public static partial class PlaceReading
{
    /// <summary>The place a label line or a headline's prefix is the name of, short forms allowed; never the nation.</summary>
    public static Place? Label(string text, IEnumerable<Place> context)
    {
        var places = Gazetteer.Named(TextKey.Of(text.Trim())).Where(place => place.Level != PlaceLevel.National).ToList();
        return Gazetteer.Choose(places, context);
    }

    /// <summary>The government a report's title says the report is of: <c>2025年上海市政府工作报告</c> → 上海市, <c>…国务院政府工作报告</c> → the nation.</summary>
    public static Place? OfTitle(string title, IEnumerable<Place> context)
    {
        var key = TextKey.Of(title);
        if (ReportTitle().Match(key) is not { Success: true } match)
            return null;
        var names = match.Groups["names"].Value;
        return names.Contains("国务院", StringComparison.Ordinal) ? Gazetteer.Nation : LastNamed(names, context, shortForms: true);
    }

    /// <summary>
    /// The government whose people's congress a sentence names: the place named just before
    /// <c>第…届人民代表大会</c> (the last of a chain, 青岛市崂山区 → 崂山区), or the nation for the National
    /// People's Congress; null when it names none.
    /// </summary>
    public static Place? OfSession(string sentence, IEnumerable<Place> context)
    {
        var key = TextKey.Of(sentence);
        if (Congress().Match(key) is not { Success: true } congress)
            return null;
        if (congress.Groups["national"].Success)
            return Gazetteer.Nation;
        // The name just before the congress; failing that, the first full name of the sentence.
        var around = context.ToList();
        return LastNamed(key[..congress.Index], around, shortForms: true, adjacentTo: congress.Index)
            ?? PlaceMentions.In(key).Select(mention => Gazetteer.Choose(mention.Places, around)).FirstOrDefault(place => place is not null);
    }

    /// <summary>
    /// The places a roundup covers: those its running words name by their full names, at the most
    /// local level it names any (a roundup of a city's districts gives the districts, not the city it
    /// also names), within the region it is about. That region is the context (the paper's home city)
    /// when the text names places there, else the city or province most of its places share; a name
    /// outside it — a district's name that is also a common word, like 老城区 — counts only when the
    /// text anchors it by naming a place above it too (洛阳市老城区).
    /// </summary>
    public static IReadOnlyList<Place> Mentioned(string text, IEnumerable<Place> context)
    {
        var around = context.ToList();
        var found = new List<Place>();
        foreach (var mention in PlaceMentions.In(TextKey.Of(text)))
        {
            if (Gazetteer.Choose(mention.Places, around.Concat(found)) is { Level: not PlaceLevel.National } place && !found.Contains(place))
                found.Add(place);
        }
        bool Anchored(Place place) => Gazetteer.Ancestors(place).Any(found.Contains);
        IReadOnlyList<Place> Within(IReadOnlyList<Place> region) =>
            [.. found.Where(place => Anchored(place) || region.Any(area => Gazetteer.IsWithin(place, area)))];

        var covered = around.Count > 0 && Within(around) is { Count: > 0 } local ? local
            : SharedRegion(found) is { } shared ? Within([shared])
            : found;
        if (covered.Count == 0)
            return [];
        var mostLocal = covered.Max(place => place.Level);
        return InOrder(covered.Where(place => place.Level == mostLocal));
    }

    /// <summary>The city, else the province, that more than half of the places lie in; null when none does.</summary>
    private static Place? SharedRegion(IReadOnlyList<Place> places)
    {
        foreach (var level in new[] { PlaceLevel.City, PlaceLevel.Province })
        {
            var largest = places.SelectMany(place => Gazetteer.Ancestors(place).Where(area => area.Level == level))
                .GroupBy(area => area).MaxBy(group => group.Count());
            if (largest is not null && largest.Count() * 2 > places.Count)
                return largest.Key;
        }
        return null;
    }

    /// <summary>Places in the order the service lists them: by code.</summary>
    public static IReadOnlyList<Place> InOrder(IEnumerable<Place> places) => [.. places.Distinct().OrderBy(place => place.Code, StringComparer.Ordinal)];

    /// <summary>
    /// The last place named in a stretch of text, settled by the context and the places named before
    /// it (<c>青岛市崂山区</c>: 崂山区, in 青岛市); with <paramref name="adjacentTo"/>, only a name ending there.
    /// </summary>
    private static Place? LastNamed(string text, IEnumerable<Place> context, bool shortForms, int? adjacentTo = null)
    {
        var mentions = PlaceMentions.In(text, shortForms);
        if (mentions.Count == 0 || (adjacentTo is { } end && mentions[^1].End != end))
            return null;
        var around = context.ToList();
        foreach (var earlier in mentions.SkipLast(1))
        {
            if (Gazetteer.Choose(earlier.Places, around) is { } settled)
                around.Add(settled);
        }
        return Gazetteer.Choose(mentions[^1].Places, around);
    }

    /// <summary>A report's title: the governments named before 政府工作报告 (a year may come first).</summary>
    [GeneratedRegex(@"^\s*(?:[0-9]{4}年)?(?<names>[\p{IsCJKUnifiedIdeographs}]{2,30}?)(?:人民)?政府工作报告")]
    private static partial Regex ReportTitle();

    /// <summary>A people's congress: 第十九届人民代表大会, 十九届人民代表大会, 第一届全国人民代表大会, 人民代表大会, 人大.</summary>
    [GeneratedRegex(@"(?:第?[一二三四五六七八九十0-9]{1,3}届)?(?<national>全国)?(?:人民代表大会|人大)")]
    private static partial Regex Congress();
}
