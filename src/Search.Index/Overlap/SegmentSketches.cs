using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Search.Index.Overlap;

/// <summary>
/// Each doc's <see cref="TextSketch"/> of one segment, decoded from its binary doc value once and
/// cached while the segment's core lives, like <see cref="SegmentFacts"/>.
/// </summary>
public static class SegmentSketches
{
    private static readonly ConditionalWeakTable<object, uint[][]> Cache = new();

    /// <summary>The sketches by segment doc; empty for a doc indexed without one.</summary>
    public static uint[][] Of(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => Read(reader));

    /// <summary>A sketch as the bytes of its doc value: four bytes a value, little-endian.</summary>
    public static byte[] Pack(uint[] sketch)
    {
        var bytes = new byte[sketch.Length * sizeof(uint)];
        for (var i = 0; i < sketch.Length; i++)
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * sizeof(uint)), sketch[i]);
        return bytes;
    }

    private static uint[][] Read(AtomicReader reader)
    {
        var sketches = new uint[reader.MaxDoc][];
        var values = reader.GetBinaryDocValues(ArticleFields.Sketch);
        var bytes = new BytesRef();
        for (var doc = 0; doc < sketches.Length; doc++)
        {
            if (values is null)
            {
                sketches[doc] = [];
                continue;
            }
            values.Get(doc, bytes);
            var sketch = new uint[bytes.Length / sizeof(uint)];
            for (var i = 0; i < sketch.Length; i++)
                sketch[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.Bytes.AsSpan(bytes.Offset + i * sizeof(uint)));
            sketches[doc] = sketch;
        }
        return sketches;
    }
}
