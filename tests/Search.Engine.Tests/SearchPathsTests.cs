namespace Search.Engine.Tests;

public sealed class SearchPathsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("search-paths-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Relative_paths_resolve_against_the_repository_root_even_from_a_project_folder()
    {
        File.WriteAllText(Path.Combine(_root, SearchPaths.RootMarker), "");
        var projectFolder = Directory.CreateDirectory(Path.Combine(_root, "src", "Search.Host")).FullName;

        var paths = SearchPaths.Resolve(new SearchOptions(), projectFolder);

        Assert.Equal(Path.Combine(_root, "corpus"), paths.CorpusDirectory);
        Assert.Equal(Path.Combine(_root, "index"), paths.IndexDirectory);
    }

    [Fact]
    public void Outside_a_checkout_relative_paths_resolve_against_the_working_directory()
    {
        var paths = SearchPaths.Resolve(new SearchOptions { IndexPath = "data/idx" }, _root);

        Assert.Equal(Path.Combine(_root, "data", "idx"), paths.IndexDirectory);
    }

    [Fact]
    public void Absolute_paths_are_kept_as_given()
    {
        var elsewhere = Path.Combine(Path.GetTempPath(), "elsewhere");

        var paths = SearchPaths.Resolve(new SearchOptions { CorpusPath = elsewhere }, _root);

        Assert.Equal(elsewhere, paths.CorpusDirectory);
    }
}
