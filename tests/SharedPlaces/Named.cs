using Search.Places;

namespace Search.Tests;

/// <summary>Places by the names tests write them under (崂山区, 山东省): each such name means one place.</summary>
internal static class Named
{
    public static Place Place(string name) =>
        Gazetteer.Named(name) is [var only] ? only : throw new ArgumentException($"\"{name}\" is not the name of one place", nameof(name));

    public static IReadOnlyList<Place> Places(params string[] names) => [.. names.Select(Place)];
}
