using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Corpus.Figures;

namespace Search.Index;

/// <summary>
/// An article's key figures (<see cref="FigureExtractor"/>, run as the article is indexed) kept in
/// its document, so the figures and the search always describe the same commit and an update by
/// file replaces both. Each figure is one value of a sorted-set doc value, as JSON: a set has no
/// limit on how many values a doc holds (one binary value does), and no two figures of an article
/// are equal, as they stand at different places.
/// </summary>
public static class FigureValues
{
    /// <summary>
    /// A figure without its sentence's text (the body holds it: reading it back costs one stored
    /// body per article listed, keeping it cost a third more index on the synthetic corpus) and
    /// without the spans' derived lengths.
    /// </summary>
    private static readonly JsonTypeInfo<KeyFigure> Json = (JsonTypeInfo<KeyFigure>)new JsonSerializerOptions(KeyFigureJson.Default.Options)
    {
        TypeInfoResolver = KeyFigureJson.Default.WithAddedModifier(type =>
        {
            foreach (var property in type.Properties.Where(p => p.Name is nameof(KeyFigure.SentenceText) or nameof(TextSpan.Length)))
                property.ShouldSerialize = (_, _) => false;
        }),
    }.GetTypeInfo(typeof(KeyFigure));

    public static void Add(Document document, IEnumerable<KeyFigure> figures)
    {
        foreach (var figure in figures)
            document.Add(new SortedSetDocValuesField(ArticleFields.Figures, new BytesRef(JsonSerializer.SerializeToUtf8Bytes(figure, Json))));
    }

    /// <summary>The figures of one segment's docs, read once per segment core and cached while it lives; their sentences' text is empty.</summary>
    internal static IReadOnlyList<KeyFigure>[] Of(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => Read(reader));

    private static readonly ConditionalWeakTable<object, IReadOnlyList<KeyFigure>[]> Cache = new();

    /// <summary>One kept figure; its sentence's text is empty.</summary>
    internal static KeyFigure Parse(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize(json, Json)! with { SentenceText = "" };

    private static IReadOnlyList<KeyFigure>[] Read(AtomicReader reader)
    {
        var byDoc = new IReadOnlyList<KeyFigure>[reader.MaxDoc];
        Array.Fill(byDoc, []);
        if (reader.GetSortedSetDocValues(ArticleFields.Figures) is not { } values)
            return byDoc;
        var figures = new KeyFigure[values.ValueCount];
        var bytes = new BytesRef();
        for (var ord = 0; ord < figures.Length; ord++)
        {
            values.LookupOrd(ord, bytes);
            figures[ord] = Parse(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));
        }
        for (var doc = 0; doc < byDoc.Length; doc++)
        {
            values.SetDocument(doc);
            List<KeyFigure>? ofDoc = null;
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                (ofDoc ??= []).Add(figures[ord]);
            if (ofDoc is not null)
                byDoc[doc] = [.. ofDoc.OrderBy(figure => figure.Figure.Start)];
        }
        return byDoc;
    }
}
