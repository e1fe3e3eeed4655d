namespace Search.Tests;

/// <summary>
/// Real government work reports nobody on the team wrote (tests/Data/reports, copied from the shared
/// material with its README): ten provincial reports of 2025 with hand-checked facts, and the State
/// Council's reports of 1954–2014, some with full-width digits or traditional characters.
/// </summary>
internal static class RealReports
{
    public static readonly string Folder = RepositoryRoot.Combine("tests", "Data", "reports");

    /// <summary>One report a file, named after its year and government.</summary>
    public static readonly string Pages = Path.Combine(Folder, "pages");
}
