namespace Search.Tests;

/// <summary>The checkout the tests run in: the nearest folder above the test binaries holding Search.sln.</summary>
internal static class RepositoryRoot
{
    public static readonly string Path = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Search.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("the tests must run inside the repository (no Search.sln above " + AppContext.BaseDirectory + ")");
    }
}
