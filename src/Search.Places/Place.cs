namespace Search.Places;

/// <summary>The level of a government: who reports to which people's congress.</summary>
public enum PlaceLevel
{
    /// <summary>The State Council, reporting to the National People's Congress.</summary>
    National,

    /// <summary>Provinces, autonomous regions, municipalities and special administrative regions.</summary>
    Province,

    /// <summary>Prefecture-level cities, prefectures, autonomous prefectures and leagues.</summary>
    City,

    /// <summary>County-level places: districts, county-level cities, counties, banners.</summary>
    County,
}

/// <summary>
/// A place whose government reports: its GB/T 2260 code (six digits; <c>000000</c> for the nation),
/// the name the service shows, its level, and the place above it (none for a province or the nation).
/// </summary>
public sealed record Place(string Code, string Name, PlaceLevel Level, string? ParentCode)
{
    public override string ToString() => $"{Name} ({Code})";
}
