namespace Search.Rendering;

/// <summary>
/// Which places the API's place facet lists: those a view shows (the top level and the level under
/// it, and the way down to each selected place), or every place with a match.
/// </summary>
public enum PlaceFacetScope
{
    Shown,
    All,
}
