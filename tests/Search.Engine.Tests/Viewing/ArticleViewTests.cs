using Lucene.Net.Index;
using Search.Analysis;
using Search.Engine.Searching;
using Search.Index;

namespace Search.Engine.Tests.Viewing;

/// <summary>
/// An article view: everything shown with one article from one id lookup, one read of the article
/// and one compilation of the query it was opened from — counted on an index whose reader counts.
/// </summary>
public sealed class ArticleViewTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    /// <summary>A report of 崂山区 with other coverage of its session, figures and years around it.</summary>
    private const string Id = "000_13824d23c47df48b-1";

    [Fact]
    public void One_view_looks_its_id_up_once_reads_the_article_once_and_compiles_the_query_once()
    {
        using var directory = IndexStore.Open(fixture.Index.IndexDirectory);
        using var reader = new CountingReader(DirectoryReader.Open(directory));
        var searcher = new Searcher(new ArticleIndex(reader), WordAnalyzer.Default);
        var doc = searcher.Index.DocOf(Id)!.Value;
        reader.Reset();

        var view = searcher.View(Id, searcher.Prepare("营商环境 崂山"))!;

        Assert.Equal(1, reader.IdLookups);
        Assert.Equal(1, reader.BodyReads.GetValueOrDefault(doc));
        Assert.Equal(1, searcher.Compilations);
        // And the view holds what the page shows.
        Assert.NotEmpty(view.Coverage);
        Assert.NotEmpty(view.Related);
        Assert.Contains(view.Timelines, timeline => timeline.Place.Name == "崂山区");
        Assert.Equal(view.Article.Body.Split('\n').Length, view.Marks.Paragraphs.Count);
        Assert.Contains(view.Marks.Paragraphs, marks => marks.Count > 0);
    }

    [Fact]
    public void The_marks_are_where_the_query_stands_in_each_part()
    {
        var searcher = fixture.Index.Searcher;

        var view = searcher.View(Id, searcher.Prepare("崂山"))!;

        var paragraphs = view.Article.Body.Split('\n');
        var marked = view.Marks.Paragraphs.SelectMany((marks, i) => marks.Select(mark => paragraphs[i][mark.Start..mark.End])).ToList();
        Assert.NotEmpty(marked);
        Assert.All(marked, text => Assert.Equal("崂山", text));
        Assert.All(view.Marks.Title, mark => Assert.Equal("崂山", view.Article.Title[mark.Start..mark.End]));
    }

    [Fact]
    public void Without_a_query_nothing_is_marked_and_an_unknown_id_has_no_view()
    {
        var searcher = fixture.Index.Searcher;

        Assert.All(searcher.View(Id)!.Marks.Paragraphs, Assert.Empty);
        Assert.Null(searcher.View("no-such-article"));
    }

    /// <summary>A reader that counts lookups of the id field and, per doc, stored reads that load the body.</summary>
    private sealed class CountingReader(DirectoryReader reader) : FilterDirectoryReader(reader, new Counting())
    {
        public int IdLookups => Readers.Sum(counting => counting.IdLookups);

        public Dictionary<int, int> BodyReads => Leaves.SelectMany(leaf => ((CountingLeaf)leaf.AtomicReader).BodyReads
            .Select(pair => (Doc: leaf.DocBase + pair.Key, pair.Value))).ToDictionary(pair => pair.Doc, pair => pair.Value);

        private IEnumerable<CountingLeaf> Readers => Leaves.Select(leaf => (CountingLeaf)leaf.AtomicReader);

        public void Reset()
        {
            foreach (var counting in Readers)
                counting.Reset();
        }

        protected override DirectoryReader DoWrapDirectoryReader(DirectoryReader input) => new CountingReader(input);

        private sealed class Counting : SubReaderWrapper
        {
            public override AtomicReader Wrap(AtomicReader reader) => new CountingLeaf(reader);
        }
    }

    private sealed class CountingLeaf(AtomicReader reader) : FilterAtomicReader(reader)
    {
        public int IdLookups { get; set; }

        public Dictionary<int, int> BodyReads { get; } = [];

        public void Reset()
        {
            IdLookups = 0;
            BodyReads.Clear();
        }

        public override Fields Fields => new CountingFields(base.Fields, this);

        public override void Document(int docID, StoredFieldVisitor visitor)
        {
            if (visitor.NeedsField(FieldInfos.FieldInfo(ArticleFields.Body)) == StoredFieldVisitor.Status.YES)
                BodyReads[docID] = BodyReads.GetValueOrDefault(docID) + 1;
            base.Document(docID, visitor);
        }

        private sealed class CountingFields(Fields fields, CountingLeaf leaf) : FilterFields(fields)
        {
            public override Lucene.Net.Index.Terms GetTerms(string field)
            {
                if (field == ArticleFields.Id)
                    leaf.IdLookups++;
                return base.GetTerms(field);
            }
        }
    }
}
