namespace Search.Rendering;

/// <summary>Whether a figures chart compares the places of one year or one place across years.</summary>
public enum ChartAxis
{
    Districts,
    Years,
}
