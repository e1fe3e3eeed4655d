using Lucene.Net.Codecs.Lucene40;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Index;
using Search.Analysis;

namespace Search.Index.Tests;

public sealed class IndexStoreTests
{
    [Fact]
    public void A_new_index_replaces_a_commit_too_damaged_to_read_and_the_old_engines_file()
    {
        using var index = new TemporaryIndex();
        index.Add("a.txt", "ha", TemporaryIndex.Article("a-1"));
        var segments = Directory.GetFiles(index.Folder, "segments_*").Single();
        File.WriteAllBytes(segments, [1, 2, 3]);
        File.WriteAllText(Path.Combine(index.Folder, "index.sqlite"), "formats 1-5");
        File.WriteAllText(Path.Combine(index.Folder, "README.md"), "not ours to delete");

        using (var writer = IndexStore.Writer(index.Directory, WordAnalyzer.Default, create: true))
        {
            writer.AddDocument(ArticleDocument.Create(TemporaryIndex.Article("b-1"), "b.txt", "hb", 0));
            writer.Commit();
        }

        using var reader = index.Open().IndexReader;
        Assert.Equal(["b-1"], new ArticleIndex(reader).Articles().Select(article => article.Id));
        Assert.False(File.Exists(Path.Combine(index.Folder, "index.sqlite")));
        Assert.True(File.Exists(Path.Combine(index.Folder, "README.md")));
    }

    [Fact]
    public void A_folder_without_a_commit_holds_no_index()
    {
        using var index = new TemporaryIndex();

        Assert.False(IndexStore.Exists(index.Directory));
        Assert.Null(IndexStore.LatestMetadata(index.Directory));
    }

    [Fact]
    public void Segments_are_written_with_the_articles_codec_and_its_uncompressed_stored_fields()
    {
        using var index = new TemporaryIndex();
        index.Add("a.txt", "ha", TemporaryIndex.Article("a-1", body: "经济社会发展"));

        var segments = new SegmentInfos();
        segments.Read(index.Directory);
        var segment = Assert.Single(segments.Segments);
        Assert.Equal(ArticleCodec.CodecName, segment.Info.Codec.Name);
        Assert.IsType<Lucene40StoredFieldsFormat>(segment.Info.Codec.StoredFieldsFormat);
        Assert.Equal("经济社会发展", index.Open().Article(0).Body);
    }

    [Fact]
    public void An_index_written_with_Lucenes_default_codec_still_reads()
    {
        using var index = new TemporaryIndex();
        var config = new IndexWriterConfig(WordAnalyzer.Version, ArticleFields.Analyzer(WordAnalyzer.Default)) { Codec = new Lucene46Codec() };
        using (var writer = new IndexWriter(index.Directory, config))
            writer.AddDocument(ArticleDocument.Create(TemporaryIndex.Article("a-1", body: "经济社会发展"), "a.txt", "ha", 0));

        index.Add("b.txt", "hb", TemporaryIndex.Article("b-1"));

        Assert.Equal(["a-1", "b-1"], index.Open().Articles().Select(article => article.Id));
    }
}
