using System.Runtime.CompilerServices;
using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene40;
using Lucene.Net.Codecs.Lucene46;

namespace Search.Index;

/// <summary>
/// Lucene 4.6's codec with one format swapped: stored fields are written as Lucene 4.0 wrote them,
/// uncompressed. Every search reads the stored fields of the ten hits it shows, and the compressed
/// format decompresses a 16 KiB chunk for each: measured on the 10,000-article synthetic index
/// (random docs, whole articles), 47 µs an article compressed, 7.8 µs uncompressed (a 4 KiB chunk:
/// 23 µs), for stored fields 1.5 times the size (42 → 63 MB, the index 117 → 137 MB).
/// </summary>
[CodecName(CodecName)]
public sealed class ArticleCodec() : FilterCodec(new Lucene46Codec())
{
    public const string CodecName = "SearchArticles1";

    public override StoredFieldsFormat StoredFieldsFormat { get; } = new Lucene40StoredFieldsFormat();

    /// <summary>
    /// Lucene finds a segment's codec by the name written in it, through a process-wide factory;
    /// this makes the name known before any code of this assembly can open an index.
    /// </summary>
#pragma warning disable CA2255 // a library that writes its own codec must register it before its first read
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register() =>
        Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(ArticleCodec)] });
}
