namespace Search.Rendering;

/// <summary>
/// What a figures view compares: the places of one year, one place across years, or one indicator
/// of every place across every year (a table of places × years).
/// </summary>
public enum ChartAxis
{
    Districts,
    Years,
    PlacesByYears,
}
