using Search.Analysis;
using Search.Corpus;
using Search.Index.Building;
using Search.Index.Storage;

namespace Search.Index.Tests.Storage;

public sealed class IndexFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("index-file-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static readonly Article Sample = new("p-1", "崂山区：提质争先", "今年是建区30周年", ["崂山区", "胶州市"], 2024,
        new DateOnly(2024, 2, 5), "观海新闻 记者 张三", ["■图片说明。"], "p.txt", "第一段。\n第二段<b>粗</b>。");

    [Fact]
    public void An_index_written_and_read_back_holds_the_same_articles_lengths_and_terms()
    {
        var builder = new IndexBuilder(WordAnalyzer.Default);
        builder.Add(Sample);
        builder.Add(Sample with { Id = "p-2", Districts = [], Year = null, Date = null, Subtitle = null, Byline = null, Captions = [] });
        var built = builder.Build();
        var metadata = new IndexMetadata(IndexMetadata.CurrentFormatVersion, "analyzer", "hash", 2, DateTimeOffset.UnixEpoch);
        var path = Path.Combine(_directory, IndexFile.FileName);

        IndexFile.Write(path, built, metadata);
        var stored = IndexFile.Read(path);

        using var index = new SearchIndex(stored);
        var first = index.Article(0);

        Assert.Equal(metadata, stored.Metadata);
        Assert.Equal(2, stored.Articles.Count);
        Assert.Equal((Sample.Id, Sample.Title, Sample.Year, Sample.Date), (stored.Articles[0].Id, stored.Articles[0].Title, stored.Articles[0].Year, stored.Articles[0].Date));
        Assert.Equal((Sample.Id, Sample.Title, Sample.Subtitle, Sample.Year, Sample.Date, Sample.Byline, Sample.Source, Sample.Body),
            (first.Id, first.Title, first.Subtitle, first.Year, first.Date, first.Byline, first.Source, first.Body));
        Assert.Equal(Sample.Districts, first.Districts);
        Assert.Equal(Sample.Captions, first.Captions);
        Assert.Null(index.Article(1).Date);
        Assert.Equal(built.FieldLengths[0], stored.FieldLengths[0]);
        Assert.Equal(built.Terms.Sum(terms => terms.Terms.Count), stored.Terms.Count);
        Assert.All(built.Terms, terms => Assert.All(Enumerable.Range(0, terms.Segments.Count),
            s => Assert.Equal(terms.Segments[s], stored.Segments[(terms.Field, terms.Representation, s)])));
        Assert.Empty(Directory.GetFiles(_directory, "*.building-*"));
    }

    [Fact]
    public void A_postings_segment_shorter_than_its_terms_say_is_refused_as_damaged()
    {
        var builder = new IndexBuilder(WordAnalyzer.Default);
        builder.Add(Sample);
        var path = Path.Combine(_directory, IndexFile.FileName);
        IndexFile.Write(path, builder.Build(), new IndexMetadata(IndexMetadata.CurrentFormatVersion, "analyzer", "hash", 1, DateTimeOffset.UnixEpoch));
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var truncate = connection.CreateCommand();
            truncate.CommandText = "UPDATE segments SET postings = x'01'";
            truncate.ExecuteNonQuery();
        }

        var error = Assert.Throws<InvalidDataException>(() => IndexFile.Read(path));
        Assert.Contains("outside its postings segment", error.Message);
    }

    [Fact]
    public void A_duplicate_article_id_is_skipped_with_a_warning()
    {
        var warnings = new List<CorpusWarning>();
        var builder = new IndexBuilder(WordAnalyzer.Default, warnings.Add);

        builder.Add(Sample);
        builder.Add(Sample with { Title = "重复" });

        Assert.Equal(1, builder.Count);
        Assert.Contains("appears twice", Assert.Single(warnings).Reason);
    }

    [Fact]
    public void A_file_that_is_not_an_index_is_reported_not_thrown_by_metadata_and_refused_by_read()
    {
        var path = Path.Combine(_directory, IndexFile.FileName);
        File.WriteAllText(path, "not a database");

        var (metadata, problem) = IndexFile.ReadMetadata(path);

        Assert.Null(metadata);
        Assert.Contains("unreadable index file", problem);
        Assert.Throws<InvalidDataException>(() => IndexFile.Read(path));
        Assert.Equal((null, "no index file"), IndexFile.ReadMetadata(Path.Combine(_directory, "missing.sqlite")));
    }
}
