using Search.Places;

namespace Search.Corpus;

/// <summary>
/// A place as a person gives it — an API parameter, a filter in a query, a sidecar's field, a
/// command-line argument — and as a message names it back. Part of the model every layer may use.
/// </summary>
public static class GivenPlace
{
    /// <summary>
    /// The places a code or a name may mean: the code's place, or every place the name may mean, in
    /// any form (平度, 黄岛区, 嶗山區); none when it is neither.
    /// </summary>
    public static IReadOnlyList<Place> Candidates(string nameOrCode)
    {
        var given = nameOrCode.Trim();
        return Gazetteer.ByCode(given) is { } byCode ? [byCode] : Gazetteer.Named(TextKey.Of(given));
    }

    /// <summary>A place as a message names it, to tell it from others of its name: 朝阳区 (110105, 北京市).</summary>
    public static string Described(Place place) =>
        $"{place.Name} ({place.Code}{string.Concat(Gazetteer.Ancestors(place).Take(1).Select(parent => ", " + parent.Name))})";
}
